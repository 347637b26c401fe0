using System.Text.Json;

namespace Intake.Functions.Tests.Ingestion;

/// <summary>BlobCreated events shaped as Microsoft's event schema pages show them, for a blob in a given container.</summary>
internal static class EventPayloads
{
    public static string EventGrid(string container, string blob, string account = "contosointake", string eTag = "\"0x8DCB2E4835CD0A1\"", long length = 1024) =>
        $$"""
        {
          "topic": "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-intake/providers/Microsoft.Storage/storageAccounts/{{account}}",
          "subject": "/blobServices/default/containers/{{container}}/blobs/{{blob}}",
          "eventType": "Microsoft.Storage.BlobCreated",
          "eventTime": "2026-11-23T10:41:00.9584103Z",
          "id": "831e1650-001e-001b-66ab-eeb76e069631",
          "data": {
            "api": "PutBlockList",
            "clientRequestId": "6d79dbfb-0e37-4fc4-981f-442c9ca65760",
            "requestId": "831e1650-001e-001b-66ab-eeb76e000000",
            "eTag": {{JsonSerializer.Serialize(eTag)}},
            "contentType": "text/plain",
            "contentLength": {{length}},
            "blobType": "BlockBlob",
            "accessTier": "Default",
            "url": "https://{{account}}.blob.core.windows.net/{{container}}/{{Uri.EscapeDataString(blob)}}",
            "sequencer": "00000000000004420000000000028963",
            "storageDiagnostics": { "batchId": "b68529f3-68cd-4744-baa4-3c0498ec19f0" }
          },
          "dataVersion": "",
          "metadataVersion": "1"
        }
        """;

    public static string CloudEvent(string container, string blob, string account = "contosointake") =>
        $$"""
        {
          "source": "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-intake/providers/Microsoft.Storage/storageAccounts/{{account}}",
          "subject": "/blobServices/default/containers/{{container}}/blobs/{{blob}}",
          "type": "Microsoft.Storage.BlobCreated",
          "time": "2026-11-23T10:41:00.9584103Z",
          "id": "9aeb0fdf-c01e-0131-0922-9eb54906e209",
          "data": {
            "api": "PutBlockList",
            "clientRequestId": "4c5dd7fb-2c48-4a27-bb30-5361b5de920a",
            "requestId": "9aeb0fdf-c01e-0131-0922-9eb549000000",
            "eTag": "0x8D76C39E4407333",
            "contentType": "application/pdf",
            "contentLength": 30699,
            "blobType": "BlockBlob",
            "url": "https://{{account}}.blob.core.windows.net/{{container}}/{{Uri.EscapeDataString(blob)}}",
            "sequencer": "000000000000000000000000000099240000000000c41c18",
            "storageDiagnostics": { "batchId": "681fe319-3006-00a8-0022-9e7cde000000" }
          },
          "specversion": "1.0"
        }
        """;
}
