namespace Intake.Pipeline.Segmentation;

/// <summary>
/// One clause: a numbered paragraph, an article's single paragraph, or a sentence group of prose.
/// <see cref="Offset"/> is the index of the clause's first character in <c>ExtractedDocument.Text</c>;
/// <see cref="Heading"/> is the heading of the article or section it sits under, when there is one.
/// </summary>
public sealed record Clause(string Text, string? Heading, string? Number, int Page, int Offset, string Language);
