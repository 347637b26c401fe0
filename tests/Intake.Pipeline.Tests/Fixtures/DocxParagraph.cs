namespace Intake.Pipeline.Tests.Fixtures;

/// <summary>One body paragraph of a fixture DOCX. <see cref="ListLevel"/> numbers it with the document's list (0-based level); <see cref="Style"/> names a paragraph style such as "Heading1".</summary>
public sealed record DocxParagraph(string Text, int? ListLevel = null, string? Style = null, bool PageBreakBefore = false);

/// <summary>One list level: Word's number format (decimal, lowerLetter, lowerRoman, japaneseCounting, decimalFullWidth, ...) and level text ("第%1条", "(%2)").</summary>
public sealed record DocxListLevel(string NumberFormat, string LevelText, int Start = 1);

/// <summary>Everything a fixture DOCX may hold.</summary>
public sealed record DocxContent(IReadOnlyList<DocxParagraph> Paragraphs)
{
    public IReadOnlyList<DocxListLevel> ListLevels { get; init; } = [];

    /// <summary>Rows of cells, placed after the paragraphs.</summary>
    public IReadOnlyList<IReadOnlyList<string>> TableRows { get; init; } = [];

    public string? Header { get; init; }

    public string? Footer { get; init; }
}
