using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Functions.Tests.HostContract;

/// <summary>
/// The request bodies the Functions host sends a custom handler for a queue trigger
/// (Microsoft's custom handler docs, "Request payload"): the message under the binding name, as a
/// string, and the queue trigger's metadata.
/// </summary>
internal static class HostPayloads
{
    public static string QueueTrigger(string messageText, int dequeueCount = 1, string bindingName = "message", bool encodeTwice = false)
    {
        JsonNode message = encodeTwice ? JsonValue.Create(JsonSerializer.Serialize(messageText)) : JsonValue.Create(messageText);
        var body = new JsonObject
        {
            ["Data"] = new JsonObject { [bindingName] = message },
            ["Metadata"] = new JsonObject
            {
                ["DequeueCount"] = dequeueCount,
                ["ExpirationTime"] = "2026-11-30T17:58:31+00:00",
                ["Id"] = "800ae4b3-bdd2-4c08-badd-f08e5a34b865",
                ["InsertionTime"] = "2026-11-23T17:58:31+00:00",
                ["NextVisibleTime"] = "2026-11-23T18:08:32+00:00",
                ["PopReceipt"] = "AgAAAAMAAAAAAAAAAgtnj8x+1QE=",
                ["sys"] = new JsonObject
                {
                    ["MethodName"] = "ScanUploadedDocument",
                    ["UtcNow"] = "2026-11-23T17:58:32.2205399Z",
                    ["RandGuid"] = "24ad4c06-24ad-4e5b-8294-3da9714877e9",
                },
            },
        };
        return body.ToJsonString();
    }
}
