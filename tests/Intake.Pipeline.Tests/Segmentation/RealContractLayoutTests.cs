using Intake.Pipeline.Extraction;
using Intake.Pipeline.Segmentation;
using Intake.Pipeline.Segmentation.Quality;
using Intake.Pipeline.Tests.Fixtures;

namespace Intake.Pipeline.Tests.Segmentation;

/// <summary>
/// Layouts real filed contracts have and simple fixtures lack: contents pages, page numbers printed in
/// the body area, sentences cut by a page break, bare headings, signature blocks, recitals and letter
/// openings. Every document here is written by the test.
/// </summary>
public sealed class RealContractLayoutTests
{
    private static readonly ClauseSegmenter Segmenter = new();

    private static ExtractedDocument Blocks(params (string Text, int Page)[] blocks)
    {
        var builder = new List<TextBlock>();
        var text = new System.Text.StringBuilder();
        foreach (var (blockText, page) in blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            builder.Add(new TextBlock(blockText, page, text.Length, TextBlockRole.Body));
            text.Append(blockText);
        }

        return new ExtractedDocument(text.ToString(), builder, blocks.Max(b => b.Page));
    }

    private static async Task<IReadOnlyList<Clause>> SegmentPdfAsync(byte[] pdf)
    {
        var extraction = await new DocumentExtractor().ExtractAsync(pdf, "written.pdf");
        Assert.Equal(DocumentStatus.Completed, extraction.Status);
        return Segmenter.Segment(extraction.Document!);
    }

    [Fact]
    public void Segment_ContentsPage_GivesNoClauseForItsLines()
    {
        var document = Blocks(
            ("TABLE OF CONTENTS\n1.1 Definitions 1\n2.1 Grant of Licence 4\n2.2 Licences to Improvements 5\n15.8 Governing Law; Jurisdiction 32\nExhibit A Form of Notice ........ 40", 1),
            ("2.1 Grant of Licence. The Licensor grants the Licensee a non-exclusive licence to use the coating process in its own plants.", 4));

        var clauses = Segmenter.Segment(document);

        var clause = Assert.Single(clauses);
        Assert.StartsWith("2.1 Grant of Licence.", clause.Text, StringComparison.Ordinal);
        Assert.All(clauses, c => Assert.NotEqual(ClauseFlaw.ContentsLine, ClauseFlaws.Of(c.Text)));
    }

    [Fact]
    public void Segment_OneLineThatMerelyEndsInANumber_IsKeptWhenThereIsNoContentsPage()
    {
        var document = Blocks(("4.2 Payment Terms The Licensee pays each invoice within 30", 1), ("days of its date.", 2));

        var clause = Assert.Single(Segmenter.Segment(document));

        Assert.EndsWith("within 30 days of its date.", clause.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_SentenceCutByAPageBreakBeforeANumberInBrackets_IsJoined()
    {
        var document = Blocks(
            ("5.1 Either party may end this Agreement by giving the other party not less than thirty", 3),
            ("(30) days' written notice.", 4),
            ("5.2 The obligations of confidence survive the end of this Agreement.", 4));

        var clauses = Segmenter.Segment(document);

        Assert.Equal(2, clauses.Count);
        Assert.Equal("5.1 Either party may end this Agreement by giving the other party not less than thirty (30) days' written notice.", clauses[0].Text);
        Assert.All(clauses, c => Assert.Equal(ClauseFlaw.None, ClauseFlaws.Of(c.Text)));
    }

    [Fact]
    public void Segment_BareNumberedHeading_IsNoClauseAndHeadsTheClauseBelow()
    {
        var document = Blocks(
            ("9.2 Licences to Improvements", 7),
            ("The Licensee grants the Licensor a royalty-free licence to every improvement it makes to the process.", 7));

        var clause = Assert.Single(Segmenter.Segment(document));

        Assert.Equal("9.2 Licences to Improvements", clause.Heading);
        Assert.StartsWith("The Licensee grants", clause.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_TitleSplitOffAsItsOwnSentence_StaysWithItsText()
    {
        var sentences = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"The Recipient keeps copy number {i} of the samples in a locked room and logs every access to it."));
        var document = Blocks(($"10. Samples and Records. {sentences}", 2));

        var clauses = Segmenter.Segment(document);

        Assert.True(clauses.Count > 1, $"{clauses.Count} clauses");
        Assert.StartsWith("10. Samples and Records. The Recipient", clauses[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(clauses, c => ClauseFlaws.Of(c.Text) == ClauseFlaw.HeadingOnly);
    }

    [Fact]
    public void Segment_SignatureAndAddressBlocks_AreNoClauses()
    {
        var document = Blocks(
            ("11.3 Notices go to the addresses below.", 9),
            ("Northwind Labs Attention: General Counsel Telephone: 555 0100", 9),
            ("By: /s/ Aiko Tanaka Name: Aiko Tanaka Title: Director", 10),
            ("By:", 10),
            ("*** ______", 10));

        var clause = Assert.Single(Segmenter.Segment(document), c => !c.IsSignatureBlock);

        Assert.Equal("11.3 Notices go to the addresses below.", clause.Text);
    }

    [Fact]
    public void Segment_RecitalsHeading_DoesNotHeadTheNumberedBody()
    {
        var document = Blocks(
            ("RECITALS", 1),
            ("WHEREAS the parties wish to evaluate a sensor coating together;", 1),
            ("2.1 Grant of Licence. The Licensor grants the Licensee a licence to use the coating process.", 2),
            ("2.2 The licence may not be sublicensed.", 2));

        var clauses = Segmenter.Segment(document);

        Assert.Equal("RECITALS", clauses[0].Heading);
        Assert.Equal("2.1 Grant of Licence", clauses[1].Heading);
        Assert.NotEqual("RECITALS", clauses[2].Heading);
    }

    [Fact]
    public void Segment_HeadingOfAnotherArticle_IsNotCarriedOver()
    {
        var document = Blocks(
            ("1. DEFINITIONS", 1),
            ("1.1 \"Process\" means the coating process described in Exhibit A.", 1),
            ("2.3 The Licensee shall assign to the Licensor every improvement of the Process.", 2));

        var clauses = Segmenter.Segment(document);

        Assert.Equal("1. DEFINITIONS", clauses[0].Heading);
        Assert.Null(clauses[1].Heading);
    }

    [Theory]
    [InlineData("Dear Ms. Ito:")]
    [InlineData("Email:")]
    [InlineData("Attention:")]
    [InlineData("Northwind Labs, Inc.")]
    public void Segment_SalutationOrAddressLine_IsNoHeading(string line)
    {
        var document = Blocks((line, 1), ("We confirm that your staff may use our test rig for the trial described in our proposal.", 1));

        var clauses = Segmenter.Segment(document);

        Assert.DoesNotContain(clauses, c => c.Heading == line);
    }

    [Fact]
    public void Segment_SemicolonWrittenAsGreekQuestionMark_EndsTheSentence()
    {
        var document = Blocks(("(c) the other party is declared insolvent\u037E", 6), ("(d) a receiver is appointed for its assets.", 7));

        var clauses = Segmenter.Segment(document);

        Assert.Equal(2, clauses.Count);
    }

    [Fact]
    public async Task Segment_PdfWithPageNumbersInTheBodyArea_NeverGluesThemToText()
    {
        string[] page = ["7.1 The Recipient shall keep the technical information confidential.", "7.2 The Recipient shall return every copy when the work ends."];
        var pdf = FixtureFiles.EnglishPdf([page, page, page], runningHeader: null, pageNumbers: false, bodyPageNumbers: true);

        var clauses = await SegmentPdfAsync(pdf);

        Assert.Equal(6, clauses.Count);
        Assert.All(clauses, c => Assert.Equal(ClauseFlaw.None, ClauseFlaws.Of(c.Text)));
    }

    [Theory]
    [InlineData("15.8 Governing Law; Jurisdiction 32", ClauseFlaw.ContentsLine)]
    [InlineData("Confidentiality .......... 12", ClauseFlaw.ContentsLine)]
    [InlineData("9.2 Licences to Improvements", ClauseFlaw.HeadingOnly)]
    [InlineData("the exclusive licence granted to the Licensee pursuant to", ClauseFlaw.EndsMidSentence)]
    [InlineData("The Recipient keeps it confidential. 30", ClauseFlaw.PageNumberGlued)]
    [InlineData("(a) the Recipient keeps it confidential; and", ClauseFlaw.None)]
    [InlineData("受領者は、技術情報を秘密として保持する。", ClauseFlaw.None)]
    public void ClauseFlaws_TellsEachFlawApart(string text, ClauseFlaw expected) =>
        Assert.Equal(expected, ClauseFlaws.Of(text));
}
