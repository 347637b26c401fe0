namespace Intake.Pipeline.Guidance;

public enum BasisKind
{
    /// <summary>The guidance in shared/seeds says this: document, section and point are given.</summary>
    Guidance,

    /// <summary>The guidance is silent: the finding rests on common contract-review practice, and says so.</summary>
    Practice,
}

/// <summary>A guidance document as cited: issuer, title and date (null when the document prints none; <see cref="DateNote"/> says why).</summary>
public sealed record GuidanceDocument(string Id, string Seed, LocalizedText Issuer, LocalizedText Title, string? Date, LocalizedText? DateNote);

/// <summary>
/// What a finding rests on. For <see cref="BasisKind.Guidance"/>: the document, its section as the
/// document numbers it, and the point in one line. For <see cref="BasisKind.Practice"/>: no document
/// or section, and a point that says it is practice rather than guidance.
/// </summary>
public sealed record Basis(BasisKind Kind, GuidanceDocument? Document, LocalizedText? Section, LocalizedText Point)
{
    /// <summary>"公安調査庁「経済安全保障の確保に向けて…」5 共同研究「注意すべきポイント」", or the practice sentence.</summary>
    public string Cite(string? language)
    {
        if (Kind == BasisKind.Practice || Document is null)
        {
            return Point.In(language);
        }

        var date = Document.Date is null ? string.Empty : language is "ja" ? $"（{Document.Date}）" : $" ({Document.Date})";
        var section = Section?.In(language) ?? string.Empty;
        return language is "ja"
            ? $"{Document.Issuer.Ja}「{Document.Title.Ja}」{date} {section}"
            : $"{Document.Issuer.En}, '{Document.Title.En}'{date}, {section}";
    }
}
