namespace Intake.Pipeline.Extraction;

/// <summary>
/// The text of a document as extracted (before normalisation), cut into blocks in reading order.
/// Blocks are slices of <see cref="Text"/>: <c>Text.Substring(block.Offset, block.Text.Length) == block.Text</c>.
/// </summary>
public sealed record ExtractedDocument(string Text, IReadOnlyList<TextBlock> Blocks, int Pages);
