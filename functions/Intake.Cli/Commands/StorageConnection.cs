using System.CommandLine;
using Intake.Pipeline.Storage;

namespace Intake.Cli.Commands;

/// <summary>
/// How <c>serve</c>, <c>upload</c> and <c>findings</c> reach storage: <c>--connection-string</c> (or the
/// <c>IntakeStorage__ConnectionString</c> / <c>AZURE_STORAGE_CONNECTION_STRING</c> environment variables),
/// or <c>--account NAME</c> for the service URIs of a deployed account with DefaultAzureCredential
/// (az login, environment, managed identity). Nothing given: Azurite's development account.
/// </summary>
internal sealed class StorageConnection
{
    public Option<string?> ConnectionString { get; } = new("--connection-string")
    {
        Description = "Storage connection string. Default: $IntakeStorage__ConnectionString, $AZURE_STORAGE_CONNECTION_STRING, else Azurite (UseDevelopmentStorage=true).",
        HelpName = "STRING",
    };

    public Option<string?> Account { get; } = new("--account")
    {
        Description = "Storage account name in Azure: https://NAME.{blob,queue,table}.core.windows.net with your Entra ID sign-in (DefaultAzureCredential).",
        HelpName = "NAME",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(ConnectionString);
        command.Options.Add(Account);
        command.Validators.Add(result =>
        {
            if (result.GetValue(ConnectionString) is not null && result.GetValue(Account) is not null)
            {
                result.AddError("Give either --connection-string or --account, not both.");
            }
        });
    }

    /// <summary>The options the chosen connection means; names (containers, queues, tables) stay at their defaults.</summary>
    public IntakeStorageOptions Resolve(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (parseResult.GetValue(Account) is { Length: > 0 } account)
        {
            return IntakeStorageOptions.ForAccount(account);
        }

        var connectionString = parseResult.GetValue(ConnectionString)
            ?? Environment.GetEnvironmentVariable("IntakeStorage__ConnectionString")
            ?? Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING")
            ?? IntakeStorageOptions.DevelopmentConnectionString;
        return new IntakeStorageOptions { ConnectionString = connectionString };
    }

    /// <summary>Configuration keys for the options, for hosts that bind <c>IntakeStorage</c> from configuration.</summary>
    public static Dictionary<string, string?> ToConfiguration(IntakeStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Dictionary<string, string?>
        {
            ["IntakeStorage:ConnectionString"] = options.ConnectionString,
            ["IntakeStorage:BlobServiceUri"] = options.BlobServiceUri?.AbsoluteUri,
            ["IntakeStorage:QueueServiceUri"] = options.QueueServiceUri?.AbsoluteUri,
            ["IntakeStorage:TableServiceUri"] = options.TableServiceUri?.AbsoluteUri,
        };
    }
}
