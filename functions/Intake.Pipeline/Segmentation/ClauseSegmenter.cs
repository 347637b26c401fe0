using System.Text;
using Intake.Pipeline.Extraction;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Segmentation;

/// <summary>
/// Cuts a document into clauses by its numbering (第N条 / ２ / （１）, Article / 5.2 / (a)), keeps each
/// article heading with the clauses under it, and falls back to sentence groups for unnumbered prose
/// and for clauses too long to classify as one.
/// </summary>
public sealed class ClauseSegmenter(IOptions<SegmentationOptions> options) : IClauseSegmenter
{
    private readonly SegmentationOptions _options = options.Value;

    public ClauseSegmenter()
        : this(Options.Create(new SegmentationOptions()))
    {
    }

    public IReadOnlyList<Clause> Segment(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.Blocks.Where(b => b.IsClauseContent).OrderBy(b => b.Offset).ToList();
        var pages = new PageLookup(blocks);
        var clauses = new List<Clause>();
        var state = new WalkState();

        foreach (var block in blocks)
        {
            foreach (var line in Lines(block))
            {
                if (line.Length == 0)
                {
                    EndParagraph(state, document.Text, pages, clauses);
                    continue;
                }

                Accept(state, line, document.Text, pages, clauses);
            }

            EndParagraph(state, document.Text, pages, clauses);
        }

        Flush(state, document.Text, pages, clauses);
        return clauses;
    }

    private void Accept(WalkState state, LineRef line, string text, PageLookup pages, List<Clause> clauses)
    {
        var original = text.Substring(line.Start, line.Length);
        var normalized = TextNormalizer.Normalize(original);
        var shape = NumberingPatterns.Classify(normalized.Text);
        if (TrackCommentary(state, line, normalized.Text, shape, text, pages, clauses))
        {
            return;
        }

        switch (shape.Kind)
        {
            case LineKind.PendingTitle:
                Flush(state, text, pages, clauses);
                state.PendingTitle = original.Trim();
                break;

            case LineKind.ArticleHeading:
                Flush(state, text, pages, clauses);
                var restStart = normalized.ToOriginal(shape.RestStart);
                var headingText = original[..restStart].Trim();
                state.Heading = state.PendingTitle is null ? headingText : $"{headingText}{state.PendingTitle}";
                state.PendingTitle = null;
                state.ArticleNumber = shape.Number;
                if (restStart < original.Length && !string.IsNullOrWhiteSpace(original[restStart..]))
                {
                    state.Current = new UnitBuilder(shape.Number, numbered: true);
                    state.Current.Add(Trimmed(line.Start + restStart, line.Start + line.Length, text), isItem: false);
                }

                break;

            case LineKind.Paragraph:
                Flush(state, text, pages, clauses);
                state.Current = new UnitBuilder(shape.Number, numbered: true);
                state.Current.Add(Trimmed(line.Start, line.Start + line.Length, text), isItem: false);
                break;

            case LineKind.Item when state.Current is not null && (state.Current.HasItems || NumberingPatterns.LeadsIntoItems(state.Current.JoinedSoFar(text))):
                state.Current.Add(Trimmed(line.Start, line.Start + line.Length, text), isItem: true);
                break;

            case LineKind.Item:
                Flush(state, text, pages, clauses);
                state.Current = new UnitBuilder(shape.Number, numbered: true);
                state.Current.Add(Trimmed(line.Start, line.Start + line.Length, text), isItem: false);
                break;

            default:
                state.Current ??= new UnitBuilder(null, numbered: false);
                state.Current.Add(Trimmed(line.Start, line.Start + line.Length, text), isItem: false);
                break;
        }
    }

    // Commentary starts at its marker and ends at the next article (block) or with its paragraph (note).
    // Returns true when the line was taken as commentary and needs no further reading.
    private bool TrackCommentary(WalkState state, LineRef line, string normalized, LineShape shape, string text, PageLookup pages, List<Clause> clauses)
    {
        if (state.Commentary is not null && CommentaryDetector.EndsCommentary(shape, normalized))
        {
            Flush(state, text, pages, clauses);
            state.Commentary = null;
            return false;
        }

        if (CommentaryDetector.MarkerOf(normalized) is not { } marker)
        {
            return false;
        }

        Flush(state, text, pages, clauses);
        state.Commentary = marker.Marker;
        state.CommentaryScope = marker.Scope;
        if (marker.HasText)
        {
            state.Current = new UnitBuilder(null, numbered: false);
            state.Current.Add(Trimmed(line.Start, line.Start + line.Length, text), isItem: false);
        }

        return true;
    }

    // A blank line or the end of a block ends an unnumbered paragraph; a sentence cut by a page
    // break (no closing punctuation) goes on into the next block.
    private void EndParagraph(WalkState state, string text, PageLookup pages, List<Clause> clauses)
    {
        if (state.Current is { } unit && EndsSentence(unit.JoinedSoFar(text)))
        {
            Flush(state, text, pages, clauses);
        }
    }

    private void Flush(WalkState state, string text, PageLookup pages, List<Clause> clauses)
    {
        var commentary = state.Commentary;
        if (state.CommentaryScope == CommentaryScope.Paragraph)
        {
            // A note covers its own paragraph only.
            state.Commentary = null;
        }

        if (state.Current is not { } unit || unit.IsEmpty)
        {
            state.Current = null;
            return;
        }

        state.Current = null;
        var joined = unit.Join(text);
        var limit = unit.Numbered ? _options.MaxClauseLength : _options.TargetChunkLength * 3 / 2;
        var pieces = joined.Text.Length <= limit
            ? [(0, joined.Text.Length)]
            : SplitLong(joined.Text, unit.ItemStarts);
        foreach (var (start, length) in pieces)
        {
            var piece = joined.Text.Substring(start, length).Trim();
            if (piece.Length == 0)
            {
                continue;
            }

            var lead = joined.Text.IndexOf(piece, start, StringComparison.Ordinal);
            var offset = joined.Map[lead];
            clauses.Add(new Clause(piece, state.Heading, unit.Number, pages.PageAt(offset), offset, LanguageDetector.Detect(piece)) { Commentary = commentary });
        }
    }

    private List<(int Start, int Length)> SplitLong(string joined, List<int> itemStarts)
    {
        var bounds = new List<int> { 0 };
        bounds.AddRange(itemStarts.Where(s => s > 0));
        bounds.Add(joined.Length);
        var pieces = new List<(int, int)>();
        for (var i = 0; i < bounds.Count - 1; i++)
        {
            var (start, end) = (bounds[i], bounds[i + 1]);
            if (end - start <= _options.MaxClauseLength && itemStarts.Count > 0)
            {
                pieces.Add((start, end - start));
            }
            else
            {
                pieces.AddRange(SentenceSplitter.Group(joined, start, end, _options.TargetChunkLength));
            }
        }

        return pieces;
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '。' or '!' or '?' or '！' or '？' or ';' or ':' or '：' or ')' or '）' or '」' or '"' or '”';
    }

    private static (int Start, int End) Trimmed(int start, int end, string text)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static IEnumerable<LineRef> Lines(TextBlock block)
    {
        var start = 0;
        while (start <= block.Text.Length)
        {
            var end = block.Text.IndexOf('\n', start);
            if (end < 0)
            {
                end = block.Text.Length;
            }

            var lineEnd = end > start && block.Text[end - 1] == '\r' ? end - 1 : end;
            var isBlank = string.IsNullOrWhiteSpace(block.Text.AsSpan(start, lineEnd - start).ToString());
            yield return new LineRef(block.Offset + start, isBlank ? 0 : lineEnd - start);
            start = end + 1;
        }
    }

    private readonly record struct LineRef(int Start, int Length);

    private sealed class WalkState
    {
        public string? Heading { get; set; }

        public string? PendingTitle { get; set; }

        public string? ArticleNumber { get; set; }

        public UnitBuilder? Current { get; set; }

        /// <summary>The marker of the commentary being read, or null while reading contract text.</summary>
        public string? Commentary { get; set; }

        public CommentaryScope CommentaryScope { get; set; }
    }

    /// <summary>A clause being gathered line by line, as spans of the original text.</summary>
    private sealed class UnitBuilder(string? number, bool numbered)
    {
        private readonly List<(int Start, int End, bool IsItem)> _spans = [];

        public string? Number { get; } = number;

        public bool Numbered { get; } = numbered;

        public bool HasItems => _spans.Any(s => s.IsItem);

        public bool IsEmpty => _spans.All(s => s.End <= s.Start);

        public List<int> ItemStarts { get; } = [];

        public void Add((int Start, int End) span, bool isItem) => _spans.Add((span.Start, span.End, isItem));

        public string JoinedSoFar(string text) => Join(text).Text;

        /// <summary>Joins the lines: a space between words, nothing between two Japanese characters.</summary>
        public JoinedText Join(string text)
        {
            var builder = new StringBuilder();
            var map = new List<int>();
            ItemStarts.Clear();
            foreach (var (start, end, isItem) in _spans.Where(s => s.End > s.Start))
            {
                if (builder.Length > 0)
                {
                    var previous = builder[^1];
                    if (!(LanguageDetector.IsJapanese(previous) || IsJapanesePunctuation(previous)) || !(LanguageDetector.IsJapanese(text[start]) || isItem))
                    {
                        builder.Append(' ');
                        map.Add(start);
                    }
                }

                if (isItem)
                {
                    ItemStarts.Add(builder.Length);
                }

                for (var i = start; i < end; i++)
                {
                    builder.Append(text[i]);
                    map.Add(i);
                }
            }

            return new JoinedText(builder.ToString(), [.. map]);
        }

        private static bool IsJapanesePunctuation(char c) => c is >= '\u3000' and <= '\u303F' or >= '\uFF01' and <= '\uFF0F';
    }

    private sealed record JoinedText(string Text, int[] Map);

    /// <summary>Finds the page of an original offset from the blocks it came from.</summary>
    private sealed class PageLookup(List<TextBlock> blocks)
    {
        public int PageAt(int offset)
        {
            var page = blocks.Count > 0 ? blocks[0].Page : 1;
            foreach (var block in blocks)
            {
                if (block.Offset > offset)
                {
                    break;
                }

                page = block.Page;
            }

            return page;
        }
    }
}
