using System.Globalization;
using Intake.Pipeline.Storage;

namespace Intake.Functions.Tests.Support;

internal static class StorageSettings
{
    /// <summary>Test options as the configuration keys every host reads (section <c>IntakeStorage</c>).</summary>
    public static Dictionary<string, string?> For(IntakeStorageOptions options) => new()
    {
        ["IntakeStorage:ConnectionString"] = options.ConnectionString,
        ["IntakeStorage:InputContainer"] = options.InputContainer,
        ["IntakeStorage:ReportsContainer"] = options.ReportsContainer,
        ["IntakeStorage:EventsQueue"] = options.EventsQueue,
        ["IntakeStorage:PoisonQueue"] = options.PoisonQueue,
        ["IntakeStorage:DocumentsTable"] = options.DocumentsTable,
        ["IntakeStorage:FindingsTable"] = options.FindingsTable,
        ["IntakeStorage:MaxDocumentBytes"] = options.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture),
        ["IntakeStorage:MaxDequeueCount"] = options.MaxDequeueCount.ToString(CultureInfo.InvariantCulture),
        ["IntakeStorage:ClaimDuration"] = options.ClaimDuration.ToString("c", CultureInfo.InvariantCulture),
    };
}
