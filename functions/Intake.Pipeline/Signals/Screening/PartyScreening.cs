namespace Intake.Pipeline.Signals.Screening;

/// <summary>
/// What a report says about screening (JSON <c>screening</c>): whether the parties were screened,
/// against which lists (file or blob names) and how many entries, and how many names were checked.
/// </summary>
public sealed record PartyScreening(bool Screened, IReadOnlyList<string> Lists, int Entries, int NamesChecked, string Note)
{
    public static PartyScreening NotScreened { get; } = new(false, [], 0, 0, "no screening list configured: the parties were not screened");
}
