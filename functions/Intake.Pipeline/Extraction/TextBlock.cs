namespace Intake.Pipeline.Extraction;

/// <summary>Where a block sits on the page; only body-like roles become clauses.</summary>
public enum TextBlockRole
{
    Body,
    Heading,
    Table,
    PageHeader,
    PageFooter,
    PageNumber,
}

/// <summary>
/// One paragraph-like piece of extracted text. <see cref="Offset"/> is the index of <see cref="Text"/>
/// inside <see cref="ExtractedDocument.Text"/>, so every later stage can point back into the original.
/// </summary>
public sealed record TextBlock(string Text, int Page, int Offset, TextBlockRole Role)
{
    public bool IsClauseContent => Role is TextBlockRole.Body or TextBlockRole.Heading or TextBlockRole.Table;
}
