namespace Intake.Infra.Tests;

/// <summary>Azure built-in role definition ids (identical in every tenant), named for readable assertions.</summary>
internal static class BuiltInRoles
{
    public const string StorageBlobDataReader = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";
    public const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    public const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    public const string StorageQueueDataReader = "19e7f393-937e-4f77-808e-94535e297925";
    public const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    public const string StorageQueueDataMessageProcessor = "8a0f0c08-91a1-4084-bc3d-661d67233fed";
    public const string StorageQueueDataMessageSender = "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a";
    public const string StorageTableDataReader = "76199698-9eea-4c19-bc75-cec21354c6b6";
    public const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    public const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    public const string CognitiveServicesUser = "a97b65f3-24c7-4388-baec-2e87135dc908";

    private static readonly Dictionary<string, string> s_names = new(StringComparer.OrdinalIgnoreCase)
    {
        [StorageBlobDataReader] = "Storage Blob Data Reader",
        [StorageBlobDataContributor] = "Storage Blob Data Contributor",
        [StorageBlobDataOwner] = "Storage Blob Data Owner",
        [StorageQueueDataReader] = "Storage Queue Data Reader",
        [StorageQueueDataContributor] = "Storage Queue Data Contributor",
        [StorageQueueDataMessageProcessor] = "Storage Queue Data Message Processor",
        [StorageQueueDataMessageSender] = "Storage Queue Data Message Sender",
        [StorageTableDataReader] = "Storage Table Data Reader",
        [StorageTableDataContributor] = "Storage Table Data Contributor",
        [MonitoringMetricsPublisher] = "Monitoring Metrics Publisher",
        [CognitiveServicesUser] = "Cognitive Services User",
    };

    /// <summary>The role's display name, or the raw id when it is not one we know.</summary>
    public static string NameOf(string roleDefinitionId) =>
        s_names.TryGetValue(roleDefinitionId, out var name) ? name : roleDefinitionId;
}
