namespace Intake.Cli.Scanning;

/// <summary>
/// Exit codes of <c>intake scan</c>, documented in the README. When a document Failed and
/// <c>--fail-on</c> tripped as well, 2 wins: a scan with a Failed document is incomplete, so its
/// risk verdict cannot be trusted as a gate either way, and both codes fail a CI step.
/// Rejected and NeedsOcr documents are answers, not errors: they leave the exit code at 0.
/// </summary>
internal static class ExitCodes
{
    public const int Done = 0;
    public const int UsageError = 1;
    public const int DocumentFailed = 2;
    public const int FailOnTripped = 3;

    /// <summary>A <c>--screening-list</c> file cannot be read (not UTF-8, malformed CSV, a row without a name): nothing is scanned.</summary>
    public const int ScreeningListError = 4;
}
