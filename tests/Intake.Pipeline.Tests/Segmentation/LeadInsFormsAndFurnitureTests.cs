using Intake.Pipeline.Extraction;
using Intake.Pipeline.Segmentation;
using Intake.Pipeline.Segmentation.Quality;

namespace Intake.Pipeline.Tests.Segmentation;

/// <summary>
/// What was left after the first layout rules of issue 14: lead-ins split from their text, bare numbers,
/// running lines inside the body area, contents pages without page numbers, forms, party labels,
/// placeholders and the formula that opens the body. Every document here is written by the test.
/// </summary>
public sealed class LeadInsFormsAndFurnitureTests
{
    private static readonly ClauseSegmenter Segmenter = new();

    private static ExtractedDocument Blocks(params (string Text, int Page)[] blocks)
    {
        var list = new List<TextBlock>();
        var text = new System.Text.StringBuilder();
        foreach (var (blockText, page) in blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            list.Add(new TextBlock(blockText, page, text.Length, TextBlockRole.Body));
            text.Append(blockText);
        }

        return new ExtractedDocument(text.ToString(), list, blocks.Max(b => b.Page));
    }

    private static List<Clause> Terms(ExtractedDocument document) => [.. Segmenter.Segment(document).Where(c => c.IsTerm)];

    [Fact]
    public void Segment_TitleEndingInAColonOnItsOwnLine_IsOneClauseWithTheTextBelow()
    {
        var document = Blocks(
            ("(f) Governing Law:", 5),
            ("This Agreement is governed by the laws of the State of New York.", 5),
            ("(g) Severability:", 5),
            ("If a court holds any provision invalid, the rest of this Agreement stays in force.", 5));

        var clauses = Terms(document);

        Assert.Equal(2, clauses.Count);
        Assert.Equal("(f) Governing Law: This Agreement is governed by the laws of the State of New York.", clauses[0].Text);
        Assert.All(clauses, c => Assert.Equal(ClauseFlaw.None, ClauseFlaws.Of(c.Text)));
    }

    [Fact]
    public void Segment_LeadInWithItemsAfterABlankLine_IsOneClauseWithItsItems()
    {
        var document = Blocks(
            ("4.2 Upon termination the Supplier will:", 3),
            ("(a) return every sample it holds; and", 3),
            ("(b) delete the test data from its systems.", 3));

        var clause = Assert.Single(Terms(document));

        Assert.Equal("4.2 Upon termination the Supplier will: (a) return every sample it holds; and (b) delete the test data from its systems.", clause.Text);
    }

    [Fact]
    public void Segment_JapaneseLeadInWithNumberedItemsAfterABlankLine_IsOneClauseWithItsItems()
    {
        var document = Blocks(
            ("第２条（秘密情報の例外）\n次の各号のいずれかに該当する情報は、秘密情報に含まれないものとする。", 1),
            ("（１）開示の時点で既に公知であった情報\n（２）受領者が独自に開発した情報", 1),
            ("第３条（有効期間）\n本契約の有効期間は１年間とする。", 1));

        var clauses = Terms(document);

        Assert.Equal(2, clauses.Count);
        Assert.Equal("次の各号のいずれかに該当する情報は、秘密情報に含まれないものとする。（１）開示の時点で既に公知であった情報（２）受領者が独自に開発した情報", clauses[0].Text);
        Assert.Equal("第２条（秘密情報の例外）", clauses[0].Heading);
    }

    [Fact]
    public void Segment_LongLeadInAndItsItems_KeepTheLeadInWithTheFirstItem()
    {
        var item = " the Licensee keeps the records of every batch it makes and lets the Licensor inspect them on reasonable notice during business hours;";
        var document = Blocks(
            ("7.1 The Licensee undertakes that:", 2),
            (string.Join('\n', Enumerable.Range(0, 12).Select(i => $"({(char)('a' + i)}){item}")), 2));

        var clauses = Terms(document);

        Assert.True(clauses.Count > 1, $"{clauses.Count} clauses");
        Assert.StartsWith("7.1 The Licensee undertakes that: (a)", clauses[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(clauses, c => ClauseFlaws.Of(c.Text) == ClauseFlaw.HeadingOnly);
    }

    [Fact]
    public void Segment_BareLetterOnItsOwnLine_IsOneClauseWithTheTextBelow()
    {
        var document = Blocks(
            ("B.", 2),
            ("You shall open the restaurant within twelve months of the date of this Agreement.", 2));

        var clause = Assert.Single(Terms(document));

        Assert.Equal("B. You shall open the restaurant within twelve months of the date of this Agreement.", clause.Text);
    }

    [Fact]
    public void Segment_PageNumberWithAFullStopAtAPagesEnd_IsNotGluedToTheNextHeading()
    {
        var document = Blocks(
            ("7.1 The Licensee pays each invoice within thirty days.", 1),
            ("1.", 1),
            ("7.2 Interest runs on late payments.", 2),
            ("2.", 2),
            ("8. AUDIT RIGHTS", 3),
            ("8.1 The Licensor may audit the Licensee's records once a year.", 3),
            ("3.", 3));

        var clauses = Terms(document);

        Assert.Equal(3, clauses.Count);
        Assert.Equal("8. AUDIT RIGHTS", clauses[2].Heading);
        Assert.All(clauses, c => Assert.Equal(ClauseFlaw.None, ClauseFlaws.Of(c.Text)));
    }

    [Fact]
    public void Segment_SentenceCutBeforeASectionNumberAfterAnd_IsJoined()
    {
        var document = Blocks(
            ("10.2 Notwithstanding Section 10.1 and subject to Sections 10.3 and", 8),
            ("10.4 below, either Party may disclose the terms of this Agreement to its advisers.", 9));

        var clause = Assert.Single(Terms(document));

        Assert.EndsWith("Sections 10.3 and 10.4 below, either Party may disclose the terms of this Agreement to its advisers.", clause.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_RunningLineInsideTheBodyArea_IsNeverAClauseNorGlued()
    {
        var pages = Enumerable.Range(1, 6).SelectMany(page => new[]
        {
            ($"{page}.1 The Supplier delivers the goods named in order {page} to the Buyer's plant.", page),
            ($"Acme Supply Agreement {page} Acme Inc. & Beta Ltd.", page),
        }).ToArray();

        var clauses = Terms(Blocks(pages));

        Assert.Equal(6, clauses.Count);
        Assert.DoesNotContain(clauses, c => c.Text.Contains("Acme Supply Agreement", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_JapaneseRunningLine_IsNeverAClause()
    {
        var pages = Enumerable.Range(1, 4).SelectMany(page => new[]
        {
            ($"第{page}条（定め{page}）\n甲は、乙に対し、第{page}号の試料を提供する。", page),
            ($"共同研究契約書　社外秘　{page}／４", page),
        }).ToArray();

        var clauses = Terms(Blocks(pages));

        Assert.Equal(4, clauses.Count);
        Assert.DoesNotContain(clauses, c => c.Text.Contains("社外秘", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_ContentsPageOpenedByItsTitle_SkipsEntriesWithoutPageNumbersAndEndsAtTheBody()
    {
        var document = Blocks(
            ("Table of Contents", 2),
            ("1. Definitions 7", 2),
            ("1.1 Affiliate", 2),
            ("1.2 CDx", 2),
            ("1.3 ctDNA Assay", 2),
            ("2. Licences", 2),
            ("1. Definitions", 7),
            ("1.1 \"Affiliate\" means any entity that controls, is controlled by or is under common control with a Party.", 7));

        var clauses = Terms(document);

        var clause = Assert.Single(clauses);
        Assert.StartsWith("1.1 \"Affiliate\" means", clause.Text, StringComparison.Ordinal);
        Assert.Equal("1. Definitions", clause.Heading);
    }

    [Fact]
    public void Segment_JapaneseContentsPageOpenedByItsTitle_IsSkipped()
    {
        var document = Blocks(
            ("目次", 1),
            ("第１条（目的）", 1),
            ("第２条（定義）", 1),
            ("第１条（目的）\n本契約は、甲乙の共同研究の条件を定める。", 2),
            ("第２条（定義）\n本契約で「成果」とは、本研究により得られた知見をいう。", 2));

        var clauses = Terms(document);

        Assert.Equal(2, clauses.Count);
        Assert.Equal("第１条（目的）", clauses[0].Heading);
    }

    [Fact]
    public void Segment_ContentsPageReadAsOneLine_IsSkipped()
    {
        var document = Blocks(
            ("I. GRANT OF LICENCE .1 . . . . . . . . . . II. TERM AND RENEWAL .3 . . . . . . . . . . III. FEES .4 . . . . . . . . .", 1),
            ("I. GRANT OF LICENCE", 2),
            ("We grant you a licence to use the marks in the area described in Exhibit B.", 2));

        var clause = Assert.Single(Terms(document));

        Assert.StartsWith("We grant you", clause.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_FormFields_AreKeptApartAsAFormAndNeverCounted()
    {
        var document = Blocks(
            ("3.1 The Repairer returns each unit within ten days of its receipt.", 4),
            ("PART NUMBER: SERIAL NBR:", 5),
            ("4.1 Content exclusive: [ ] Yes [ ] No", 5),
            ("Date: ______________ Signature: ______________", 5));

        var all = Segmenter.Segment(document);

        var clause = Assert.Single(all, c => c.IsTerm);
        Assert.StartsWith("3.1 The Repairer", clause.Text, StringComparison.Ordinal);
        Assert.Contains(all, c => !c.IsTerm && c.Text == "PART NUMBER: SERIAL NBR:");
        Assert.Contains(all, c => c.IsForm && c.Text.Contains("[ ] Yes", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_JapaneseFormToFillIn_IsKeptApartAsAForm()
    {
        var document = Blocks(
            ("第１条（目的）\n本契約は、試料の提供の条件を定める。", 1),
            ("別紙　申込書", 2),
            ("氏名：＿＿＿＿＿＿　所属：＿＿＿＿＿＿", 2));

        var all = Segmenter.Segment(document);

        Assert.Contains(all, c => c.IsForm && c.Text.Contains("氏名：", StringComparison.Ordinal));
        Assert.DoesNotContain(all, c => c.IsTerm && c.Text.Contains('＿', StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_PartyLabelsAndNoticeHeads_AreSignatureBlocks()
    {
        var document = Blocks(
            ("12.1 Notices are given in writing to the addresses below.", 9),
            ("If to Licensor:", 9),
            ("Northwind Labs, 100 Main Street, Suite 700, Boston, MA 02110", 9),
            ("IN WITNESS WHEREOF the parties have signed this Agreement.", 10),
            ("FRANCHISOR: FRANCHISEE:", 10),
            ("In the presence of:", 10));

        var all = Segmenter.Segment(document);

        Assert.Equal(["12.1 Notices are given in writing to the addresses below.", "IN WITNESS WHEREOF the parties have signed this Agreement."], all.Where(c => c.IsTerm).Select(c => c.Text));
        Assert.Contains(all, c => c.IsSignatureBlock && c.Text == "FRANCHISOR: FRANCHISEE:");
        Assert.Contains(all, c => c.IsSignatureBlock && c.Text == "If to Licensor:");
        Assert.DoesNotContain(all, c => c.Heading == "If to Licensor:");
    }

    [Fact]
    public void Segment_SentenceThatAnnouncesAnAddress_StaysATermAndTheAddressIsKeptApart()
    {
        var document = Blocks(
            ("All payments under Article 3 shall be sent to the following address:", 6),
            ("Research Foundation ATTN: Accounting 6 Gilmore Hall, Iowa City, IA 52242", 6));

        var all = Segmenter.Segment(document);

        var clause = Assert.Single(all, c => c.IsTerm);
        Assert.Equal("All payments under Article 3 shall be sent to the following address:", clause.Text);
        Assert.Contains(all, c => c.IsSignatureBlock && c.Text.Contains("Gilmore Hall", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_PlaceholdersAndRedactedItems_AreNoClauses()
    {
        var document = Blocks(
            ("16.1 Either party may end this Agreement on ninety days' notice.", 3),
            ("16.2 Intentionally left blank", 3),
            ("(j) [***].", 3),
            ("16.3 [Reserved]", 3));

        var clause = Assert.Single(Terms(document));

        Assert.StartsWith("16.1", clause.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_JapaneseDeletedArticle_IsNoClause()
    {
        var document = Blocks(("第４条　削除", 1), ("第５条（有効期間）\n本契約の有効期間は１年間とする。", 1));

        var clause = Assert.Single(Terms(document));

        Assert.Equal("本契約の有効期間は１年間とする。", clause.Text);
    }

    [Fact]
    public void Segment_FormulaThatOpensTheBody_IsNoClause()
    {
        var document = Blocks(
            ("W I T N E S S E T H:", 1),
            ("NOW, THEREFORE, THE PARTIES AGREE AS FOLLOWS:", 1),
            ("1. DEFINITIONS", 1),
            ("1.1 \"Products\" means the coated lenses listed in Exhibit A.", 1));

        var clause = Assert.Single(Terms(document));

        Assert.StartsWith("1.1 \"Products\"", clause.Text, StringComparison.Ordinal);
        Assert.Equal("1. DEFINITIONS", clause.Heading);
    }

    [Fact]
    public void Segment_NumberedTitleInSentenceCase_IsAHeadingNotAClause()
    {
        var document = Blocks(
            ("16.6 Consequences of termination", 30),
            ("On termination the Company pays for the services performed up to the date of termination.", 30));

        var clause = Assert.Single(Terms(document));

        Assert.Equal("16.6 Consequences of termination", clause.Heading);
        Assert.StartsWith("On termination", clause.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_FieldRowOfATermSheet_IsKeptAsAClause()
    {
        var document = Blocks(("3.2 Payment terms: 30 days after receipt of invoice", 5));

        var clause = Assert.Single(Terms(document));

        Assert.Equal("3.2 Payment terms: 30 days after receipt of invoice", clause.Text);
    }

    [Fact]
    public void Segment_StrayBulletOfTheNextItem_IsCutFromTheClauseEnd()
    {
        var document = Blocks(("(b) approve the development plans submitted to it by a Party; –", 4));

        var clause = Assert.Single(Terms(document));

        Assert.Equal("(b) approve the development plans submitted to it by a Party;", clause.Text);
    }
}
