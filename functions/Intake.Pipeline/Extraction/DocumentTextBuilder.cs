using System.Text;

namespace Intake.Pipeline.Extraction;

/// <summary>
/// Builds <see cref="ExtractedDocument.Text"/> and its blocks together, so every block is by
/// construction a slice of the text at its offset. Blocks are separated by a blank line.
/// </summary>
internal sealed class DocumentTextBuilder
{
    private const string Separator = "\n\n";
    private readonly StringBuilder _text = new();
    private readonly List<TextBlock> _blocks = [];

    public int BlockCount => _blocks.Count;

    public void Add(string text, int page, TextBlockRole role)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append(Separator);
        }

        _blocks.Add(new TextBlock(trimmed, page, _text.Length, role));
        _text.Append(trimmed);
    }

    public ExtractedDocument Build(int pages) => new(_text.ToString(), _blocks, pages);
}
