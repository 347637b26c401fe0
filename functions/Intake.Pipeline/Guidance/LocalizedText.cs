namespace Intake.Pipeline.Guidance;

/// <summary>A sentence in Japanese and English. Reports keep both; a reader is shown the document's language.</summary>
public sealed record LocalizedText(string Ja, string En)
{
    /// <summary>The Japanese text for a Japanese document ("ja"), else the English.</summary>
    public string In(string? language) => language is "ja" ? Ja : En;
}
