using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Intake.Pipeline.Extraction.Docx;

/// <summary>
/// Computes the label Word shows before a numbered paragraph ("第3条", "(a)", "2.1", "（２）") from
/// numbering.xml: the paragraph's numId/ilvl (directly or through its style), the level's start,
/// number format and level text, and counters that run through the document.
/// </summary>
internal sealed class ListNumbering
{
    private const int Levels = 9;
    private const int MaxStyleDepth = 10;
    private readonly Numbering? _numbering;
    private readonly Styles? _styles;

    // Counters per abstract list: lists that share one continue each other, as in Word.
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _seenInstances = [];

    public ListNumbering(NumberingDefinitionsPart? numbering, StyleDefinitionsPart? styles)
    {
        _numbering = numbering?.Numbering;
        _styles = styles?.Styles;
    }

    /// <summary>The label followed by what separates it from the text (a space, or nothing when the level says so), or null when the paragraph is not numbered.</summary>
    public string? Next(Paragraph paragraph)
    {
        if (_numbering is null || Reference(paragraph) is not var (numId, level) || numId == 0)
        {
            return null;
        }

        var instance = _numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        if (instance is null || abstractId is null)
        {
            return null;
        }

        var definition = _numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        if (definition is null)
        {
            return null;
        }

        level = Math.Clamp(level, 0, Levels - 1);
        var counters = Counters(abstractId.Value, instance);
        var current = counters[level] is { } value ? value + 1 : Start(definition, level);
        counters[level] = current;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            counters[deeper] = null;
        }

        var lvl = Level(definition, level);
        var format = lvl?.NumberingFormat?.Val?.InnerText;
        var levelText = lvl?.LevelText?.Val?.Value ?? $"%{level + 1}.";
        if (format == "bullet")
        {
            return "• ";
        }

        var legal = lvl?.IsLegalNumberingStyle is not null;
        var label = levelText;
        for (var i = 0; i <= level; i++)
        {
            var placeholder = $"%{i + 1}";
            if (!label.Contains(placeholder, StringComparison.Ordinal))
            {
                continue;
            }

            var levelFormat = legal ? "decimal" : Level(definition, i)?.NumberingFormat?.Val?.InnerText;
            var number = counters[i] ?? Start(definition, i);
            label = label.Replace(placeholder, NumberFormats.Format(number, levelFormat), StringComparison.Ordinal);
        }

        label = label.Trim();
        if (label.Length == 0)
        {
            return null;
        }

        // Word puts a tab after the number unless the level says space or nothing; a space reads the same.
        return lvl?.LevelSuffix?.Val?.InnerText == "nothing" ? label : label + " ";
    }

    private int?[] Counters(int abstractId, NumberingInstance instance)
    {
        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            counters = new int?[Levels];
            _counters[abstractId] = counters;
        }

        // A list instance with a start override restarts its levels the first time it is used.
        if (_seenInstances.Add(instance.NumberID!.Value))
        {
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is int index && index is >= 0 and < Levels
                    && levelOverride.StartOverrideNumberingValue?.Val?.Value is int start)
                {
                    counters[index] = start - 1;
                }
            }
        }

        return counters;
    }

    private static Level? Level(AbstractNum definition, int level) =>
        definition.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);

    private static int Start(AbstractNum definition, int level) =>
        Level(definition, level)?.StartNumberingValue?.Val?.Value ?? 1;

    private (int NumId, int Level)? Reference(Paragraph paragraph)
    {
        var direct = paragraph.ParagraphProperties?.NumberingProperties;
        if (direct?.NumberingId?.Val?.Value is int id)
        {
            return (id, direct.NumberingLevelReference?.Val?.Value ?? 0);
        }

        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; styleId is not null && depth < MaxStyleDepth; depth++)
        {
            var style = _styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            var numbering = style?.StyleParagraphProperties?.NumberingProperties;
            if (numbering?.NumberingId?.Val?.Value is int styleNumId)
            {
                return (styleNumId, numbering.NumberingLevelReference?.Val?.Value ?? StyleLevel(styleId));
            }

            styleId = style?.BasedOn?.Val?.Value;
        }

        return null;
    }

    /// <summary>A style linked to a list level names itself in that level's w:pStyle.</summary>
    private int StyleLevel(string styleId) =>
        _numbering?.Elements<AbstractNum>()
            .SelectMany(a => a.Elements<Level>())
            .FirstOrDefault(l => l.ParagraphStyleIdInLevel?.Val?.Value == styleId)?.LevelIndex?.Value ?? 0;
}
