using Azure.Data.Tables;
using Intake.Pipeline.Storage;

namespace Intake.Functions.Tests.Support;

internal static class StorageReads
{
    public static async Task<List<DocumentEntity>> AllDocumentsAsync(this IntakeStorageClients clients)
    {
        var rows = new List<DocumentEntity>();
        await foreach (var row in clients.DocumentsTable.QueryAsync<DocumentEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    public static async Task<List<TableEntity>> FindingRowsAsync(this IntakeStorageClients clients, string documentId)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in clients.FindingsTable.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {documentId}")))
        {
            rows.Add(row);
        }

        return rows;
    }

    public static async Task<int> PoisonCountAsync(this IntakeStorageClients clients) =>
        (await clients.PoisonQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount;

    /// <summary>Waits until <paramref name="condition"/> holds, polling; fails with <paramref name="what"/> on timeout.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout}: {what}");
            }

            await Task.Delay(100);
        }
    }
}
