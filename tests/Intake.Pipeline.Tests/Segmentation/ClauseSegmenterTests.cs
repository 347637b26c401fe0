using Intake.Pipeline.Extraction;
using Intake.Pipeline.Segmentation;

namespace Intake.Pipeline.Tests.Segmentation;

public sealed class ClauseSegmenterTests
{
    private static readonly ClauseSegmenter Segmenter = new();

    private static ExtractedDocument OneBlock(string text) =>
        new(text, [new TextBlock(text, 1, 0, TextBlockRole.Body)], 1);

    private static void AssertOffsetsPointIntoOriginal(ExtractedDocument document, IReadOnlyList<Clause> clauses)
    {
        foreach (var clause in clauses)
        {
            var head = clause.Text[..Math.Min(6, clause.Text.Length)];
            Assert.Equal(head, document.Text.Substring(clause.Offset, head.Length));
        }
    }

    [Fact]
    public void Segment_JapaneseArticles_KeepsHeadingsAndSplitsParagraphs()
    {
        const string Text = """
            共同研究契約書

            第１条（目的）
            本契約は、甲及び乙が共同して行う研究の条件を定めるものとする。

            第２条（成果の帰属）
            本研究により生じた知的財産権は、甲乙の共有とする。
            ２　甲及び乙は、相手方の書面による承諾を得なければ、前項の持分を第三者に譲渡してはならない。
            ３　乙は、本研究の成果を次の各号に掲げる目的に限り使用することができる。
            （１）自社製品の開発
            （２）学術研究
            """;
        var document = OneBlock(Text);

        var clauses = Segmenter.Segment(document);

        var ownership = Assert.Single(clauses, c => c.Text.StartsWith("本研究により", StringComparison.Ordinal));
        Assert.Equal("第２条（成果の帰属）", ownership.Heading);
        Assert.Equal("ja", ownership.Language);
        var second = Assert.Single(clauses, c => c.Number == "2");
        Assert.StartsWith("２", second.Text, StringComparison.Ordinal);
        Assert.Equal("第２条（成果の帰属）", second.Heading);
        var third = Assert.Single(clauses, c => c.Number == "3");
        Assert.Contains("（１）自社製品の開発", third.Text, StringComparison.Ordinal);
        Assert.Contains("（２）学術研究", third.Text, StringComparison.Ordinal);
        Assert.Equal("第１条（目的）", Assert.Single(clauses, c => c.Text.StartsWith("本契約は", StringComparison.Ordinal)).Heading);
        AssertOffsetsPointIntoOriginal(document, clauses);
    }

    [Fact]
    public void Segment_JapaneseTitleOnItsOwnLine_BecomesPartOfTheArticleHeading()
    {
        const string Text = """
            （秘密保持）
            第8条　乙は、秘密情報を第三者に開示してはならない。
            第2項　前項の義務は、本契約終了後も存続する。
            一、法令に基づき開示が求められた場合
            """;

        var clauses = Segmenter.Segment(OneBlock(Text));

        var first = clauses[0];
        Assert.Equal("第8条（秘密保持）", first.Heading);
        Assert.StartsWith("乙は", first.Text, StringComparison.Ordinal);
        Assert.Contains(clauses, c => c.Number == "2" && c.Text.StartsWith("第2項", StringComparison.Ordinal));
        Assert.Contains(clauses, c => c.Number == "一");
    }

    [Fact]
    public void Segment_JapanesePreambleStartingWithALatinName_IsAClauseNotAHeading()
    {
        const string Text = """
            共同開発契約書

            X社（以下「甲」という。）とY社（以下「乙」という。）は、次のとおり契約を締結する。

            第1条（目的）
            甲および乙は、共同して研究開発を行う。
            """;

        var clauses = Segmenter.Segment(OneBlock(Text));

        Assert.Contains(clauses, c => c.Text.StartsWith("X社（以下", StringComparison.Ordinal) && c.Heading != c.Text);
        Assert.Equal("第1条（目的）", clauses.Single(c => c.Text.StartsWith("甲および乙", StringComparison.Ordinal)).Heading);
    }

    [Fact]
    public void Segment_ModelContractTitleLinesWithADocxBullet_HeadTheArticleAndAreNoClauses()
    {
        const string Text = """
            • 1条（秘密情報の定義）
            第1条　本契約において「秘密情報」とは、開示された情報をいう。
            1条（秘密保持）
            第2条　受領者は、秘密情報を第三者に開示してはならない。
            """;

        var clauses = Segmenter.Segment(OneBlock(Text));

        Assert.Equal(["第1条（秘密情報の定義）", "第2条（秘密保持）"], clauses.Select(c => c.Heading));
        Assert.DoesNotContain(clauses, c => c.Text.Contains("1条（", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_EnglishArticlesSectionsAndItems_FollowsTheNumbering()
    {
        const string Text = """
            LICENSE AGREEMENT

            ARTICLE 5 – INTELLECTUAL PROPERTY
            5.1 All Improvements made by Licensee shall belong exclusively to Licensee.
            5.2 Licensee shall deliver to Licensor:
            (a) all drawings of the Products; and
            (b) the process conditions used at the Plant.

            Article 6 Governing Law
            This Agreement shall be governed by the laws of the State of New York.
            (a) Each party consents to the courts of New York County.
            """;
        var document = OneBlock(Text);

        var clauses = Segmenter.Segment(document);

        var improvements = Assert.Single(clauses, c => c.Number == "5.1");
        Assert.Equal("ARTICLE 5 – INTELLECTUAL PROPERTY", improvements.Heading);
        Assert.Equal("en", improvements.Language);
        var delivery = Assert.Single(clauses, c => c.Number == "5.2");
        Assert.Contains("(b) the process conditions", delivery.Text, StringComparison.Ordinal);
        var law = Assert.Single(clauses, c => c.Text.StartsWith("This Agreement shall be governed", StringComparison.Ordinal));
        Assert.Equal("Article 6 Governing Law", law.Heading);
        var courts = Assert.Single(clauses, c => c.Number == "a");
        Assert.Equal("Article 6 Governing Law", courts.Heading);
        AssertOffsetsPointIntoOriginal(document, clauses);
    }

    [Fact]
    public void Segment_ArticleWithTextOnTheSameLine_SplitsHeadingFromText()
    {
        var clauses = Segmenter.Segment(OneBlock("Article 9. The Licensee shall not assign this Agreement without consent."));

        var clause = Assert.Single(clauses);
        Assert.Equal("Article 9.", clause.Heading);
        Assert.StartsWith("The Licensee shall not assign", clause.Text, StringComparison.Ordinal);
        Assert.Equal("9", clause.Number);
    }

    [Fact]
    public void Segment_LongProse_FallsBackToSentenceGroups()
    {
        var sentence = "We will host two visiting researchers from the partner institute in our laboratory for twelve months. ";
        var prose = string.Concat(Enumerable.Repeat(sentence, 12)).Trim();
        var document = OneBlock(prose);

        var clauses = Segmenter.Segment(document);

        Assert.True(clauses.Count > 1, "long prose is split");
        Assert.All(clauses, c => Assert.True(c.Text.Length <= 500, $"chunk of {c.Text.Length} characters"));
        Assert.All(clauses, c => Assert.EndsWith(".", c.Text, StringComparison.Ordinal));
        Assert.Equal(prose.Length, clauses.Sum(c => c.Text.Length) + clauses.Count - 1);
        AssertOffsetsPointIntoOriginal(document, clauses);
    }

    [Fact]
    public void Segment_JapaneseProse_SplitsOnFullStops()
    {
        var prose = string.Concat(Enumerable.Repeat("本研究では、相手機関から研究員を受け入れ、共同で実験を行う予定です。", 20));

        var clauses = Segmenter.Segment(OneBlock(prose));

        Assert.True(clauses.Count > 1);
        Assert.All(clauses, c => Assert.EndsWith("。", c.Text, StringComparison.Ordinal));
        Assert.All(clauses, c => Assert.Equal("ja", c.Language));
    }

    [Fact]
    public void Segment_ClausesOnSeveralPages_CarryTheirPage()
    {
        const string PageOne = "1. Each party shall keep the other party's Confidential Information secret.";
        const string PageTwo = "2. Neither party may assign this Agreement without prior written consent.";
        const string Footer = "Page 1";
        var text = $"{PageOne}\n{Footer}\n{PageTwo}";
        var document = new ExtractedDocument(text,
        [
            new TextBlock(PageOne, 1, 0, TextBlockRole.Body),
            new TextBlock(Footer, 1, PageOne.Length + 1, TextBlockRole.PageFooter),
            new TextBlock(PageTwo, 2, PageOne.Length + Footer.Length + 2, TextBlockRole.Body),
        ], 2);

        var clauses = Segmenter.Segment(document);

        Assert.Equal(2, clauses.Count);
        Assert.Equal((1, 0), (clauses[0].Page, clauses[0].Offset));
        Assert.Equal((2, PageOne.Length + Footer.Length + 2), (clauses[1].Page, clauses[1].Offset));
        Assert.DoesNotContain(clauses, c => c.Text.Contains("Page 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_SentenceBrokenByPageBreak_StaysOneClause()
    {
        const string First = "The Licensor shall provide technical assistance to the";
        const string Second = "Licensee's engineers at the Licensor's plant.";
        var text = $"{First}\n{Second}";
        var document = new ExtractedDocument(text,
        [
            new TextBlock(First, 1, 0, TextBlockRole.Body),
            new TextBlock(Second, 2, First.Length + 1, TextBlockRole.Body),
        ], 2);

        var clause = Assert.Single(Segmenter.Segment(document));

        Assert.Equal($"{First} {Second}", clause.Text);
        Assert.Equal(1, clause.Page);
    }

    [Fact]
    public void Segment_ProposalWithShortTitles_UsesThemAsHeadings()
    {
        const string Text = """
            Funding
            The Institute will fund two doctoral positions for three years.

            Data and Materials
            All raw measurement data will be shared with the partner through a joint repository.

            研究の目的
            本研究では、新しい放熱材料の評価手法を確立します。
            """;

        var clauses = Segmenter.Segment(OneBlock(Text));

        Assert.Equal(3, clauses.Count);
        Assert.Equal(("Funding", "The Institute will fund"), (clauses[0].Heading, clauses[0].Text[..23]));
        Assert.Equal("Data and Materials", clauses[1].Heading);
        Assert.Equal("研究の目的", clauses[2].Heading);
        Assert.StartsWith("本研究では", clauses[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_EmptyDocument_HasNoClauses()
    {
        Assert.Empty(Segmenter.Segment(new ExtractedDocument(string.Empty, [], 0)));
    }
}
