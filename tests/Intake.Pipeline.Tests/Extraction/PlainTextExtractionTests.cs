using Intake.Pipeline.Extraction;
using Intake.Pipeline.Tests.Fixtures;

namespace Intake.Pipeline.Tests.Extraction;

public sealed class PlainTextExtractionTests
{
    private const string Japanese = "第１条（目的）\n本契約は、甲及び乙が共同で行う研究の条件を定める。\n\n第２条（秘密保持）\n甲及び乙は、相手方の技術情報を秘密として保持する。\n";
    private const string English = "Article 1 Purpose\nThe parties will study sensor coatings together.\n\nArticle 2 Confidentiality\nEach party keeps the other's information secret.\n";
    private static readonly DocumentExtractor Extractor = new();

    public static TheoryData<string, byte[], string> Encodings() => new()
    {
        { "utf-8", FixtureFiles.Utf8(Japanese), Japanese },
        { "utf-8 with BOM", FixtureFiles.Utf8(Japanese, byteOrderMark: true), Japanese },
        { "utf-8 English", FixtureFiles.Utf8(English), English },
        { "utf-16le with BOM", FixtureFiles.Utf16(Japanese, bigEndian: false, byteOrderMark: true), Japanese },
        { "utf-16be with BOM", FixtureFiles.Utf16(Japanese, bigEndian: true, byteOrderMark: true), Japanese },
        { "utf-16le without BOM", FixtureFiles.Utf16(Japanese, bigEndian: false, byteOrderMark: false), Japanese },
        { "utf-16be without BOM", FixtureFiles.Utf16(Japanese, bigEndian: true, byteOrderMark: false), Japanese },
        { "utf-16le English without BOM", FixtureFiles.Utf16(English, bigEndian: false, byteOrderMark: false), English },
        { "shift_jis", FixtureFiles.ShiftJis(Japanese), Japanese },
        { "euc-jp", FixtureFiles.EucJp(Japanese), Japanese },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Extract_TextInEachSupportedEncoding_DecodesTheSameText(string encoding, byte[] content, string expected)
    {
        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(content, $"{encoding}.txt"), DocumentKind.Text);

        Assert.Equal(expected, document.Text);
        Assert.Equal(expected.Split("\n\n").Select(p => p.Trim()), document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task Extract_ShiftJisShortSentence_IsNotMistakenForEucJp()
    {
        const string Text = "甲は乙に対し、本件技術を開示する。";

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(FixtureFiles.ShiftJis(Text), "short.txt"), DocumentKind.Text);

        Assert.Equal(Text, document.Text);
    }

    [Fact]
    public async Task Extract_EucJpShortSentence_IsNotMistakenForShiftJis()
    {
        const string Text = "乙は、成果を第三者に開示しない。";

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(FixtureFiles.EucJp(Text), "short.txt"), DocumentKind.Text);

        Assert.Equal(Text, document.Text);
    }

    [Fact]
    public async Task Extract_Text_SplitsParagraphsAtBlankLinesAndNumberedLinesAndPagesAtFormFeeds()
    {
        const string Text = "Recitals\nThe parties wish to work together\non sensor coatings.\n1. Purpose of the work.\n2. Term of three years.\n\fArticle 3 Results\r\nEach party owns its results.";

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(FixtureFiles.Utf8(Text), "paragraphs.txt"), DocumentKind.Text);

        Assert.Equal(
            ["Recitals\nThe parties wish to work together\non sensor coatings.", "1. Purpose of the work.", "2. Term of three years.", "Article 3 Results\nEach party owns its results."],
            document.Blocks.Select(b => b.Text));
        Assert.Equal([1, 1, 1, 2], document.Blocks.Select(b => b.Page));
        Assert.Equal(2, document.Pages);
    }

    [Fact]
    public async Task Extract_JapaneseTextWithFullWidthParagraphNumbers_StartsABlockAtEachNumber()
    {
        const string Text = "第３条（成果）\n１　成果は甲乙の共有とする。\n２　甲は、乙の同意なく成果を実施しない。\n（１）前項の同意は書面による。";

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(FixtureFiles.Utf8(Text), "jp.txt"), DocumentKind.Text);

        Assert.Equal(["第３条（成果）", "１　成果は甲乙の共有とする。", "２　甲は、乙の同意なく成果を実施しない。", "（１）前項の同意は書面による。"], document.Blocks.Select(b => b.Text));
    }
}
