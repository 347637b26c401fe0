using Azure.Storage.Queues.Models;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Storage;

namespace Intake.Functions.Tests.Support;

internal static class QueueDeliveries
{
    /// <summary>
    /// Takes the message <c>intake upload</c> enqueued off Azurite and hands it over as the host
    /// delivers it to the worker: the Base64 body decoded (host.json messageEncoding), with a dequeue count.
    /// </summary>
    public static async Task<QueueMessage> NextAsync(this IntakeStorageClients clients)
    {
        var raw = (await clients.EventsQueue.ReceiveMessageAsync()).Value;
        Assert.NotNull(raw);
        return AsDelivery(raw, 1);
    }

    public static QueueMessage AsDelivery(QueueMessage raw, long dequeueCount) =>
        QueuesModelFactory.QueueMessage(raw.MessageId, raw.PopReceipt, BinaryData.FromString(QueueMessageCodec.Decode(raw.MessageText)), dequeueCount);
}
