namespace Intake.Pipeline.Signals.Screening;

/// <summary>Where the function app and <c>intake serve</c> find screening lists. Bound from configuration section "Screening".</summary>
public sealed class ScreeningOptions
{
    public const string SectionName = "Screening";

    /// <summary>Every <c>.csv</c> blob of this container is a screening list. Absent or empty: parties are not screened (and reports say so).</summary>
    public string Container { get; set; } = "screening-lists";

    /// <summary>How long the lists in memory are trusted before the container is listed again (blob ETags decide whether to reload). Zero: every document.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
