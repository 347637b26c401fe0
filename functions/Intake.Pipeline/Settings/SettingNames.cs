namespace Intake.Pipeline.Settings;

/// <summary>Which host shows a message, and so how its user sets a setting.</summary>
public enum SettingHost
{
    /// <summary>Not known (a library used directly): messages name both ways.</summary>
    Either,

    /// <summary><c>intake</c> (scan, serve …): environment variables prefixed <c>INTAKE_</c>, or a command-line option.</summary>
    Cli,

    /// <summary>The function app: app settings, sections joined by <c>__</c>.</summary>
    FunctionApp,
}

/// <summary>
/// Names a setting in a message the way the user of this host sets it, never as the configuration
/// key (<c>DocumentIntelligence:Endpoint</c>) that no user types: the CLI's
/// <c>INTAKE_DocumentIntelligence__Endpoint</c> environment variable (or its option), the function
/// app's <c>DocumentIntelligence__Endpoint</c> app setting. Each host registers its own
/// (<see cref="Cli"/>, <see cref="FunctionApp"/>); the pipeline's default names both.
/// </summary>
public sealed record SettingNames(SettingHost Host)
{
    public static SettingNames Either { get; } = new(SettingHost.Either);

    public static SettingNames Cli { get; } = new(SettingHost.Cli);

    public static SettingNames FunctionApp { get; } = new(SettingHost.FunctionApp);

    /// <summary>Keys the CLI sets otherwise: by an option (which wins), or a variable without the prefix (StorageConnection reads it as Azure tools name it).</summary>
    private static readonly Dictionary<string, string> s_cliWays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["IntakeStorage:ConnectionString"] = "--connection-string (or environment variable IntakeStorage__ConnectionString)",
        ["IntakeStorage:BlobServiceUri"] = "--account",
        ["Serve:Workers"] = "--workers",
    };

    /// <summary>"environment variable INTAKE_Extraction__MaxBytes", "app setting Extraction__MaxBytes", or both, for the key <c>Extraction:MaxBytes</c>.</summary>
    public string Of(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var variable = key.Replace(":", "__", StringComparison.Ordinal);
        return Host switch
        {
            SettingHost.Cli => s_cliWays.TryGetValue(key, out var way) ? way : $"environment variable INTAKE_{variable}",
            SettingHost.FunctionApp => $"app setting {variable}",
            _ => $"INTAKE_{variable} (CLI environment variable) or {variable} (function app setting)",
        };
    }
}
