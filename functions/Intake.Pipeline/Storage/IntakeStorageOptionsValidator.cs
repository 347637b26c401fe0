using Intake.Pipeline.Settings;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Storage;

/// <summary>Fails start-up on storage settings that cannot work, naming each as the host's user sets it.</summary>
internal sealed class IntakeStorageOptionsValidator(SettingNames names) : IValidateOptions<IntakeStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, IntakeStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.MaxDequeueCount < 1)
        {
            problems.Add($"{names.Of("IntakeStorage:MaxDequeueCount")} must be at least 1.");
        }

        if (options.MaxDocumentBytes <= 0)
        {
            problems.Add($"{names.Of("IntakeStorage:MaxDocumentBytes")} must be positive.");
        }

        if (options.ClaimDuration <= TimeSpan.Zero)
        {
            problems.Add($"{names.Of("IntakeStorage:ClaimDuration")} must be positive.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
