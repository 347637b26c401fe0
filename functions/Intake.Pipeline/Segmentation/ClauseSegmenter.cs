using System.Text;
using System.Text.RegularExpressions;
using Intake.Pipeline.Extraction;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Segmentation;

/// <summary>
/// Cuts a document into clauses by its numbering (第N条 / ２ / （１）, Article / 5.2 / (a)), keeps each
/// article heading with the clauses under it, and falls back to sentence groups for unnumbered prose
/// and for clauses too long to classify as one.
/// </summary>
public sealed partial class ClauseSegmenter(IOptions<SegmentationOptions> options) : IClauseSegmenter
{
    private readonly SegmentationOptions _options = options.Value;

    public ClauseSegmenter()
        : this(Options.Create(new SegmentationOptions()))
    {
    }

    public IReadOnlyList<Clause> Segment(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var content = document.Blocks.Where(b => b.IsClauseContent).OrderBy(b => b.Offset).ToList();
        var running = RunningLines.Find(content);
        var blocks = content.Where(b => !running.Contains(b)).ToList();
        var pages = new PageLookup(blocks);
        var clauses = new List<Clause>();
        var state = new WalkState { SkipsContents = HasContentsPage(blocks, document.Text) };

        foreach (var block in blocks)
        {
            foreach (var line in Lines(block))
            {
                if (line.Length == 0)
                {
                    EndParagraph(state, document.Text, pages, clauses);
                    continue;
                }

                var normalized = TextNormalizer.Normalize(document.Text.Substring(line.Start, line.Length)).Text;
                if (SkipsAsContents(state, normalized))
                {
                    // A contents page lists the headings with their page numbers; none of it is a clause.
                    Flush(state, document.Text, pages, clauses);
                    continue;
                }

                Accept(state, line, document.Text, pages, clauses);
            }

            EndParagraph(state, document.Text, pages, clauses);
        }

        Flush(state, document.Text, pages, clauses);
        return clauses;
    }

    // Three or more contents entries make a contents page; one such line alone may be a real sentence.
    private static bool HasContentsPage(List<TextBlock> blocks, string text)
    {
        var count = 0;
        foreach (var block in blocks)
        {
            foreach (var line in Lines(block))
            {
                if (line.Length > 0 && (count += NumberingPatterns.ContentsEntries(TextNormalizer.Normalize(text.Substring(line.Start, line.Length)).Text)) >= 3)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A contents line, or a line of the contents page a title opened ("TABLE OF CONTENTS"): headings
    /// without page numbers ("1.12 Field", a page-number column read apart) count too. The page ends at
    /// the first line that is not heading-like, or at a heading the page already listed — the body's
    /// first article starting over.
    /// </summary>
    private static bool SkipsAsContents(WalkState state, string line)
    {
        if (NumberingPatterns.IsContentsTitle(line))
        {
            state.ContentsEntries = [];
            return true;
        }

        var isEntry = NumberingPatterns.IsContentsLine(line);
        if (state.ContentsEntries is { } listed)
        {
            var key = ContentsKey(line);
            // A page-number column read as one line ("7 7 8 9 9 10 …") belongs to the contents page too.
            var numbers = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.All(char.IsAsciiDigit));
            var headingLike = !line.Any(char.IsLetter) || numbers >= 10
                || (line.Length <= 90 && !EndsSentence(line.TrimEnd().TrimEnd('.')) && !line.TrimEnd().EndsWith(':'));
            if ((isEntry || headingLike) && (listed.Count == 0 || !listed.Contains(key)))
            {
                listed.Add(key);
                return true;
            }

            state.ContentsEntries = null;
        }

        return state.SkipsContents && isEntry;
    }

    // "1. Definitions 7" and the body's "1. DEFINITIONS" are one entry: case, page number and leaders aside.
    private static string ContentsKey(string line) =>
        new string([.. line.TrimEnd().TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ' ', '\t').Where(char.IsLetterOrDigit)]).ToUpperInvariant();

    private void Accept(WalkState state, LineRef line, string text, PageLookup pages, List<Clause> clauses)
    {
        var original = text.Substring(line.Start, line.Length);
        var normalized = TextNormalizer.Normalize(original);
        var shape = NumberingPatterns.Classify(normalized.Text);
        if (TrackCommentary(state, line, normalized.Text, shape, text, pages, clauses))
        {
            return;
        }

        if (state.Current is { } colon && colon.JoinedSoFar(text).TrimEnd().EndsWith(':') && NumberingPatterns.IsBlockLine(normalized.Text))
        {
            // "…shall be sent to the following address:" then the address: the clause ends at its colon,
            // and the address is a block of its own (kept apart), not part of the term.
            Flush(state, text, pages, clauses);
        }

        if (state.Current is { } marker && NumberingPatterns.IsBareMarker(marker.JoinedSoFar(text)) && shape.Kind is not LineKind.PendingTitle
            && pages.PageAt(marker.Start) == pages.PageAt(line.Start))
        {
            // "B." on one line, its text on the next: the number and its text are one clause.
            marker.Add(Trimmed(line.Start, line.Start + line.Length, text), isItem: false);
            return;
        }

        if ((shape.Kind is LineKind.Paragraph or LineKind.Item || shape is { Kind: LineKind.ArticleHeading, Number: null })
            && state.Current is { } open && IsCutMidSentence(open.JoinedSoFar(text)))
        {
            // "…no less than thirty" / "(30) days' notice": a page or column break cut the sentence, and the
            // next line only looks like a new number.
            open.Add(Trimmed(line.Start, line.Start + line.Length, text), isItem: false);
            return;
        }

        if (shape.Kind is LineKind.Paragraph && state.Current is { IsSingleLine: true, HasItems: false } leadIn && IsShortLeadIn(leadIn.JoinedSoFar(text)))
        {
            // "5.01 You shall:", "Section 2 is amended so that it now reads:" then a numbered paragraph: the
            // lead-in and the paragraph it introduces are one clause; the next number starts the next.
            leadIn.Add(Trimmed(line.Start, line.Start + line.Length, text), isItem: true);
            return;
        }

        switch (shape.Kind)
        {
            case LineKind.PendingTitle:
                Flush(state, text, pages, clauses);
                state.PendingTitle = $"（{shape.Title}）";
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
                state.Current = new UnitBuilder(shape.Number, numbered: true) { Heading = ParagraphHeading(state, shape.Number, normalized.Text), HasOwnHeading = true };
                state.Current.Add(Trimmed(line.Start, line.Start + line.Length, text), isItem: false);
                break;

            case LineKind.Item when state.Current is not null && (state.Current.HasItems || NumberingPatterns.LeadsIntoItems(state.Current.JoinedSoFar(text)) || (state.Current.StartsWithItem && ContinuesList(state.Current.JoinedSoFar(text)))):
                state.Current.Add(Trimmed(line.Start, line.Start + line.Length, text), isItem: true);
                break;

            case LineKind.Item:
                Flush(state, text, pages, clauses);
                state.Current = new UnitBuilder(shape.Number, numbered: true) { StartsWithItem = true };
                state.Current.Add(Trimmed(line.Start, line.Start + line.Length, text), isItem: false);
                break;

            default:
                if (state.Current is { IsSingleLine: true } heading && char.IsUpper(normalized.Text.TrimStart().FirstOrDefault()) && IsBareHeading(heading.JoinedSoFar(text)))
                {
                    // "9.2 Licences to Improvements" on its own line, the text on the next: a heading, then its clause.
                    Flush(state, text, pages, clauses);
                }

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

    /// <summary>
    /// The heading a numbered paragraph sits under, from the article structure: its own title
    /// ("5.2 Licenses to Improvements. …"), else its article's heading when the numbers agree (5.2 under
    /// Article 5); a recitals or letter heading never heads the numbered body, and a heading of another
    /// article ("1. DEFINITIONS" over 2.1) is not carried over.
    /// </summary>
    private static string? ParagraphHeading(WalkState state, string? number, string line)
    {
        if (NumberingPatterns.IsPreambleHeading(state.Heading))
        {
            state.Heading = null;
            state.ArticleNumber = null;
        }

        var rest = number is null ? line : line[(line.IndexOf(number, StringComparison.Ordinal) + number.Length)..].TrimStart('.', ' ', '\t');
        if (NumberingPatterns.InlineTitle(rest) is { } title)
        {
            return $"{number} {title}";
        }

        var article = NumberingPatterns.ArticleOf(number);
        if (article is not null && state.Heading is not null && NumberingPatterns.Arabic(state.ArticleNumber) is { } current && current != article)
        {
            return null;
        }

        return state.Heading;
    }

    // Clearly unfinished: ends with a word or a comma, and not the "; and" / "; or" that joins list items.
    // A bare "and" or "or" ("…subject to Sections 10.3 and" / "10.4 …") is a sentence cut before a number.
    private static bool IsCutMidSentence(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length < 40 || EndsSentence(trimmed))
        {
            return false;
        }

        var last = trimmed[^1];
        return (char.IsLetterOrDigit(last) || last == ',')
            && !ContinuesList(trimmed)
            && !NumberingPatterns.LeadsIntoItems(trimmed)
            && !LanguageDetector.IsJapanese(last);
    }

    // "…of the Licensee; and", "…in writing; or", "…the Products, and": an item that hands on to the next item.
    private static bool ContinuesList(string text)
    {
        var trimmed = text.TrimEnd();
        var word = trimmed.EndsWith(" and", StringComparison.OrdinalIgnoreCase) ? 4 : trimmed.EndsWith(" or", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
        return trimmed.EndsWith(';') || trimmed.EndsWith('\u037E') || trimmed.EndsWith('；')
            || (word > 0 && trimmed[..^word].TrimEnd() is { Length: > 0 } before && before[^1] is ';' or ',' or '\u037E');
    }

    // "5.01 You shall:", "it now reads:", "(f) Governing Law:": one short line that announces what follows.
    private static bool IsShortLeadIn(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 90 && IsOpenLeadIn(trimmed);
    }

    // A blank line or the end of a block ends an unnumbered paragraph; a sentence cut by a page
    // break (no closing punctuation), a bare number ("B.") and a lead-in ending in a colon go on into the next block.
    private void EndParagraph(WalkState state, string text, PageLookup pages, List<Clause> clauses)
    {
        if (state.Current is not { } unit)
        {
            return;
        }

        var joined = unit.JoinedSoFar(text);
        if (NumberingPatterns.IsBareMarker(joined) || IsOpenLeadIn(joined))
        {
            return;
        }

        // "２　次の各号のいずれかに該当する…ものとします。", "…as follows:": the items after a blank line still belong to it.
        if ((EndsSentence(joined) && !NumberingPatterns.LeadsIntoItems(joined)) || IsBareHeading(joined))
        {
            Flush(state, text, pages, clauses);
        }
    }

    // "(f) Governing Law:", "Datec will:", "…shall, at its option:": a colon that hands on to the next paragraph.
    private static bool IsOpenLeadIn(string text)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith(':') && !NumberingPatterns.IsBlockLine(trimmed) && !PreambleFormula().IsMatch(trimmed);
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
        var whole = joined.Text.Trim();
        if (NumberingPatterns.IsPlaceholder(whole) || PreambleFormula().IsMatch(whole) || !HasWords(whole))
        {
            // "16.2 Intentionally left blank", "NOW, THEREFORE, THE PARTIES AGREE AS FOLLOWS:", "(j) [***].":
            // a number kept for its place, the formula that opens the body, a redacted item: no term to read.
            return;
        }

        var isSignature = NumberingPatterns.IsSignatureOrAddress(joined.Text) || NumberingPatterns.IsAddress(whole) || NumberingPatterns.IsPartyLabel(whole)
            || (joined.Text.Length < 80 && NumberingPatterns.IsLabelOrSalutation(whole));
        if ((isSignature || NumberingPatterns.IsFormOrPartyLabels(whole)) && unit.SplitBeforeBlock(text) is { } split)
        {
            // "All payments shall be sent to the following address:" and the address joined as one: the
            // sentence is a term, the address a block of its own.
            state.Current = split.Term;
            Flush(state, text, pages, clauses);
            state.Current = split.Block;
            Flush(state, text, pages, clauses);
            return;
        }

        if (isSignature || NumberingPatterns.IsFormOrPartyLabels(whole))
        {
            // "By: … Name: … Title: …", "Attention: … Telephone: …": who signs and where notices go, not a term.
            // Kept apart (never classified) because the signature block names the parties. A form
            // ("PART NUMBER: SERIAL NBR:", "[ ] Yes [ ] No") is kept apart the same way: nothing in it binds until filled in.
            var at = joined.Map[joined.Text.IndexOf(whole, StringComparison.Ordinal)];
            clauses.Add(new Clause(whole, state.Heading, unit.Number, pages.PageAt(at), at, LanguageDetector.Detect(whole)) { IsSignatureBlock = isSignature, IsForm = !isSignature });
            return;
        }

        if (IsBareHeading(joined.Text))
        {
            // A heading alone is never a clause; it heads what follows.
            state.Heading = joined.Text.Trim();
            state.ArticleNumber = NumberingPatterns.ArticleOf(unit.Number) ?? unit.Number?.TrimEnd('.');
            return;
        }

        var limit = unit.Numbered ? _options.MaxClauseLength : _options.TargetChunkLength * 3 / 2;
        List<(int Start, int Length)> pieces = joined.Text.Length <= limit
            ? [(0, joined.Text.Length)]
            : SplitLong(joined.Text, unit.ItemStarts);
        int? carried = null;
        for (var index = 0; index < pieces.Count; index++)
        {
            var (start, length) = pieces[index];
            if (carried is { } from)
            {
                // A title split off as its own sentence ("10. Tax Election." + the text) stays with its text.
                (start, length, carried) = (from, start + length - from, null);
            }

            if (index < pieces.Count - 1 && IsBareHeading(joined.Text.Substring(start, length)))
            {
                carried = start;
                continue;
            }

            // A bullet or dash of the next item read onto the end of this one ("…Generally); –") is not its text.
            var piece = StrayBullet().Replace(joined.Text.Substring(start, length), string.Empty).Trim();
            if (!HasWords(piece))
            {
                // "***", "______", "39": redaction marks, signature lines and stray numbers say nothing.
                continue;
            }

            var lead = joined.Text.IndexOf(piece, start, StringComparison.Ordinal);
            var offset = joined.Map[lead];
            clauses.Add(new Clause(piece, unit.HasOwnHeading ? unit.Heading : state.Heading, unit.Number, pages.PageAt(offset), offset, LanguageDetector.Detect(piece)) { Commentary = commentary });
        }
    }

    [GeneratedRegex(@"(?<=[.;:,)\]”""\w])(?:\s+[-–—•·●](?:\s*[-–—•·●])*)+\s*$")]
    private static partial Regex StrayBullet();

    // Letters beyond a leading number and redaction marks: "(j) [***]." and "o*** ." have none.
    private static bool HasWords(string text) =>
        Redaction().Replace(NumberingPatterns.WithoutLeadingNumber(text), " ").Count(char.IsLetter) >= 2
        || (text.Any(LanguageDetector.IsJapanese) && text.Any(char.IsLetter));

    [GeneratedRegex(@"\[[\s.…]*\*+[\s.…]*\]|\*{3,}|\*(?:\s\*){2,}|^[a-z]\b")]
    private static partial Regex Redaction();

    // "NOW, THEREFORE, THE PARTIES AGREE AS FOLLOWS:", "W I T N E S S E T H:": the formula that opens the body.
    [GeneratedRegex(@"^(?=.{0,100}$)(?:[^.;]*\bAGREED?\s+AS\s+FOLLOWS|[^.;]*\bagreed?\s+as\s+follows|W\s?I\s?T\s?N\s?E\s?S\s?S\s?E\s?T\s?H)\s*[:\-–—.]*\s*$")]
    private static partial Regex PreambleFormula();

    private List<(int Start, int Length)> SplitLong(string joined, List<int> itemStarts)
    {
        var bounds = new List<int> { 0 };
        // The lead-in stays with its first item ("You shall: (a) …"), so no piece is a lead-in alone.
        var starts = itemStarts.Where(s => s > 0).ToList();
        if (starts.Count > 0 && (starts.Count > 1 ? starts[1] : joined.Length) <= _options.MaxClauseLength)
        {
            starts.RemoveAt(0);
        }

        bounds.AddRange(starts);
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

    // U+037E (Greek question mark) is how many PDFs write a semicolon.
    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '。' or '!' or '?' or '！' or '？' or ';' or '\u037E' or '；' or ':' or '：' or ')' or '）' or '」' or '"' or '”' or '’';
    }

    /// <summary>
    /// A short line with no sentence end whose words are capitalised ("9.2 Licenses to Improvements",
    /// "EXHIBIT B", "第3条（秘密保持）"): a heading the line patterns did not recognise.
    /// </summary>
    private static bool IsBareHeading(string text)
    {
        var trimmed = NumberingPatterns.WithoutLeadingNumber(text.Trim());
        if (NumberingPatterns.IsLabelOrSalutation(text.Trim()) || trimmed.Length == 0 || trimmed.Length > 90 || trimmed[^1] is ';' or '\u037E' or ',' or ')' or '）' or '」' or ':' || trimmed.Contains(". ", StringComparison.Ordinal)
            || trimmed.AsSpan().IndexOfAny('。', '、') >= 0)
        {
            // A Japanese sentence (「X社（以下「甲」という。）と…締結する。」) has no capitals to tell it from a heading, but headings have no 。 or 、.
            return false;
        }

        var words = trimmed.TrimEnd('.', ':').Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        // "CDx", "JOC", "ctDNA Assay": short acronyms and mixed-case terms count as capitalised words.
        var significant = words.Where(w => w.Length > 3 || w.Count(char.IsUpper) >= 2).ToList();
        if (words.Count <= 10 && significant.Count > 0 && significant.All(w => char.IsUpper(w.First(char.IsLetter)) || (w.All(char.IsAsciiLetterOrDigit) && w.Skip(1).Any(char.IsUpper))))
        {
            return true;
        }

        // "5.2 General conditions of the Services", "16.6 Consequences of termination": a numbered title in
        // sentence case — short, capitalised at the start, no verb of a term, no sentence end.
        return SectionNumber().IsMatch(text) && words.Count <= 7 && trimmed.Length <= 60 && char.IsUpper(trimmed[0])
            && !trimmed.EndsWith('.') && !trimmed.Contains(':', StringComparison.Ordinal) && !trimmed.Any(char.IsDigit) && !TermVerb().IsMatch(trimmed);
    }

    [GeneratedRegex(@"^\s*(?:(?:SECTION|Section|ARTICLE|Article|Clause)\s+)?[0-9]{1,3}(?:\.[0-9]{1,3})*\.?\s+\S")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"\b(?:shall|will|must|may|is|are|be|agrees?|hereby|has|have|means|includes?|provided|pursuant|under|by|to|if)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TermVerb();

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

        public bool SkipsContents { get; init; }

        /// <summary>The entries of the contents page being read (opened by its title), or null outside one.</summary>
        public HashSet<string>? ContentsEntries { get; set; }

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

        /// <summary>The paragraph's own heading (its inline title, or none under another article's heading); null: the current one.</summary>
        public string? Heading { get; init; }

        public bool HasOwnHeading { get; init; }

        /// <summary>Opened by an item line ("(i) …"): the next item of the same list may follow.</summary>
        public bool StartsWithItem { get; init; }

        public bool HasItems => _spans.Any(s => s.IsItem);

        public bool IsSingleLine => _spans.Count == 1;

        public bool IsEmpty => _spans.All(s => s.End <= s.Start);

        public int Start => _spans.Count > 0 ? _spans[0].Start : 0;

        public List<int> ItemStarts { get; } = [];

        public void Add((int Start, int End) span, bool isItem) => _spans.Add((span.Start, span.End, isItem));

        /// <summary>
        /// Where a sentence of the contract ("…shall be sent to the following address:") runs into the
        /// block it announces: the lines up to the last that reads as a sentence, and the lines after.
        /// Null when the first line is already part of the block.
        /// </summary>
        public (UnitBuilder Term, UnitBuilder Block)? SplitBeforeBlock(string text)
        {
            var spans = _spans.Where(s => s.End > s.Start).ToList();
            var last = -1;
            for (var i = 0; i < spans.Count - 1; i++)
            {
                var line = text[spans[i].Start..spans[i].End];
                if (NumberingPatterns.IsSentence(line))
                {
                    last = i;
                }
                else if (last < 0)
                {
                    return null;
                }
            }

            if (last < 0)
            {
                return null;
            }

            var term = new UnitBuilder(Number, Numbered) { Heading = Heading, HasOwnHeading = HasOwnHeading };
            var block = new UnitBuilder(null, numbered: false);
            for (var i = 0; i < spans.Count; i++)
            {
                (i <= last ? term : block)._spans.Add(spans[i]);
            }

            return (term, block);
        }

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
