using System.Text;
using System.Text.Json.Nodes;

namespace Intake.Pipeline.Tests.Ocr;

/// <summary>
/// Builds an <c>analyzeResult</c> the way the 2024-11-30 schema describes it: <c>content</c> is all text
/// in reading order (lines joined by "\n"), every page, paragraph, table and cell points into it with
/// spans (offset and length in UTF-16 code units, as stringIndexType=utf16CodeUnit asks), and each
/// paragraph and table has bounding regions with its 1-based page number. Table cells are also listed as
/// paragraphs, as prebuilt-layout lists them.
/// </summary>
public sealed class AnalyzeResultBuilder
{
    private readonly StringBuilder _content = new();
    private readonly JsonArray _paragraphs = [];
    private readonly JsonArray _tables = [];
    private readonly SortedDictionary<int, (int Start, int End)> _pages = [];

    /// <summary>Adds a paragraph on a page; role is pageHeader, pageFooter, pageNumber, title, sectionHeading, footnote or null.</summary>
    public AnalyzeResultBuilder Paragraph(int page, string text, string? role = null)
    {
        var span = Append(page, text);
        var paragraph = new JsonObject
        {
            ["content"] = text,
            ["boundingRegions"] = Regions(page),
            ["spans"] = new JsonArray(span),
        };
        if (role is not null)
        {
            paragraph["role"] = role;
        }

        _paragraphs.Add(paragraph);
        return this;
    }

    /// <summary>Adds a table; each cell's text also becomes a paragraph inside the table's span.</summary>
    public AnalyzeResultBuilder Table(int page, params string[][] rows)
    {
        var start = _content.Length == 0 ? 0 : _content.Length + 1;
        var cells = new JsonArray();
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var span = Append(page, rows[r][c]);
                _paragraphs.Add(new JsonObject { ["content"] = rows[r][c], ["boundingRegions"] = Regions(page), ["spans"] = new JsonArray(span.DeepClone()) });
                cells.Add(new JsonObject
                {
                    ["kind"] = r == 0 ? "columnHeader" : "content",
                    ["rowIndex"] = r,
                    ["columnIndex"] = c,
                    ["content"] = rows[r][c],
                    ["boundingRegions"] = Regions(page),
                    ["spans"] = new JsonArray(span),
                });
            }
        }

        _tables.Add(new JsonObject
        {
            ["rowCount"] = rows.Length,
            ["columnCount"] = rows.Max(r => r.Length),
            ["cells"] = cells,
            ["boundingRegions"] = Regions(page),
            ["spans"] = new JsonArray(Span(start, _content.Length - start)),
        });
        return this;
    }

    public JsonObject Build()
    {
        var pages = new JsonArray();
        foreach (var (number, (start, end)) in _pages)
        {
            pages.Add(new JsonObject
            {
                ["pageNumber"] = number,
                ["angle"] = 0,
                ["width"] = 8.2639,
                ["height"] = 11.6944,
                ["unit"] = "inch",
                ["spans"] = new JsonArray(Span(start, end - start)),
                ["words"] = new JsonArray(),
                ["lines"] = new JsonArray(),
            });
        }

        return new JsonObject
        {
            ["apiVersion"] = "2024-11-30",
            ["modelId"] = "prebuilt-layout",
            ["stringIndexType"] = "utf16CodeUnit",
            ["content"] = _content.ToString(),
            ["contentFormat"] = "text",
            ["pages"] = pages,
            ["paragraphs"] = _paragraphs.DeepClone(),
            ["tables"] = _tables.DeepClone(),
        };
    }

    private JsonObject Append(int page, string text)
    {
        if (_content.Length > 0)
        {
            _content.Append('\n');
        }

        var offset = _content.Length;
        _content.Append(text);
        _pages[page] = _pages.TryGetValue(page, out var range) ? (range.Start, _content.Length) : (offset, _content.Length);
        return Span(offset, text.Length);
    }

    private static JsonObject Span(int offset, int length) => new() { ["offset"] = offset, ["length"] = length };

    private static JsonArray Regions(int page) =>
        [new JsonObject { ["pageNumber"] = page, ["polygon"] = new JsonArray(1.0, 1.0, 7.0, 1.0, 7.0, 1.4, 1.0, 1.4) }];
}
