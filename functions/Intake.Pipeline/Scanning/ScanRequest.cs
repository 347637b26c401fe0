namespace Intake.Pipeline.Scanning;

/// <summary>One document to scan: its bytes and the hints a user may attach (blob metadata or CLI flags).</summary>
public sealed record ScanRequest(string Source, ReadOnlyMemory<byte> Content, string? DocumentTypeHint = null)
{
    /// <summary>Which party is the user (a role such as 乙 or Licensee, or a party's name): <c>--our-party</c> or blob metadata <c>ourparty</c>.</summary>
    public string? OurPartyHint { get; init; }
}
