namespace Intake.Pipeline.Signals.Parties;

/// <summary>Where in the document a party was found.</summary>
public enum PartySection
{
    /// <summary>The opening words or recitals ("by and between A and B", 「X株式会社（以下「甲」という。）」).</summary>
    Preamble,

    /// <summary>The signature block at the end.</summary>
    Signature,
}

/// <summary>
/// A contracting party: its name as the document writes it, the role it is defined as ("Licensor",
/// 甲, 委託者) when the document defines one, and where it was found (section, page, the offset of the
/// clause in the extracted text).
/// </summary>
public sealed record Party(string Name, string? Role, PartySection Section, int Page, int Offset);
