using Intake.Pipeline.Extraction;
using Intake.Pipeline.Segmentation;

namespace Intake.Pipeline.Tests.Segmentation;

public sealed class CommentarySegmentationTests
{
    private static readonly ClauseSegmenter Segmenter = new();

    private static IReadOnlyList<Clause> Segment(string text) =>
        Segmenter.Segment(new ExtractedDocument(text, [new TextBlock(text, 1, 0, TextBlockRole.Body)], 1));

    [Fact]
    public void Segment_JapaneseModelContractCommentary_IsMarkedUpToTheNextArticle()
    {
        const string Text = """
            第5条（秘密保持）
            乙は、甲から開示された秘密情報を第三者に開示してはならない。
            ＜ポイント＞
            本条は受領者の秘密保持義務を定める。
            ＜解説＞
            例えば、相手方の承諾なく第三者に開示できるとする条項もある。
            【変更オプション　－　再委託の禁止】
            乙は、甲の書面による承諾なく、本業務を再委託してはならない。
            第6条（準拠法）
            本契約は日本法に準拠する。
            """;

        var clauses = Segment(Text);

        Assert.False(Assert.Single(clauses, c => c.Text.StartsWith("乙は、甲から開示", StringComparison.Ordinal)).IsCommentary);
        Assert.Equal("ポイント", Assert.Single(clauses, c => c.Text.StartsWith("本条は", StringComparison.Ordinal)).Commentary);
        Assert.Equal("解説", Assert.Single(clauses, c => c.Text.StartsWith("例えば", StringComparison.Ordinal)).Commentary);
        Assert.True(Assert.Single(clauses, c => c.Text.StartsWith("乙は、甲の書面", StringComparison.Ordinal)).IsCommentary);
        Assert.False(Assert.Single(clauses, c => c.Text.StartsWith("本契約は日本法", StringComparison.Ordinal)).IsCommentary);
    }

    [Fact]
    public void Segment_MarkdownCommentaryHeadingsAndColumns_AreCommentary()
    {
        const string Text = """
            ## 3条（成果の帰属）

            第3条　本研究の成果は甲に帰属する。

            ### 【コラム】成果の帰属の考え方

            成果をすべて一方に帰属させる例は多い。

            ## 4条（期間）

            第4条　本契約の有効期間は1年とする。
            """;

        var clauses = Segment(Text);

        Assert.False(Assert.Single(clauses, c => c.Text.StartsWith("本研究の成果", StringComparison.Ordinal)).IsCommentary);
        Assert.Equal("コラム", Assert.Single(clauses, c => c.Text.Contains("成果をすべて", StringComparison.Ordinal)).Commentary);
        Assert.False(Assert.Single(clauses, c => c.Text.StartsWith("本契約の有効期間", StringComparison.Ordinal)).IsCommentary);
    }

    [Fact]
    public void Segment_JapaneseNotes_CoverOnlyTheirParagraph()
    {
        const string Text = """
            第2条（再委託）
            乙は、本業務を再委託してはならない。

            ※ 再委託を認める場合は本条を削除する。

            （注1）関係会社への再委託を例外とすることもできる。

            2　乙は、本業務の進捗を甲に報告する。
            """;

        var clauses = Segment(Text);

        Assert.Equal("※", Assert.Single(clauses, c => c.Text.StartsWith('※')).Commentary);
        Assert.True(Assert.Single(clauses, c => c.Text.StartsWith("（注1）", StringComparison.Ordinal)).IsCommentary);
        Assert.False(Assert.Single(clauses, c => c.Text.StartsWith("乙は、本業務を再委託", StringComparison.Ordinal)).IsCommentary);
        Assert.False(Assert.Single(clauses, c => c.Text.StartsWith("2　乙は", StringComparison.Ordinal)).IsCommentary);
    }

    [Fact]
    public void Segment_EnglishDraftingNotes_AreCommentaryAndEndAtTheNextSection()
    {
        const string Text = """
            ARTICLE 7 ASSIGNMENT

            7.1 Neither party may assign this Agreement without the prior written consent of the other party.

            Drafting Note: a licensor may prefer to allow assignment to affiliates without consent. Consider whether the licensee may sublicense freely.

            [Note to draft: confirm the export classification with the client.]

            Commentary

            Some templates let the supplier subcontract without consent.

            7.2 Each party shall comply with all applicable export control laws.

            Footnotes
            [1] The licensee may export the products to any country in the precedent this was taken from.
            """;

        var clauses = Segment(Text);

        Assert.False(Assert.Single(clauses, c => c.Text.StartsWith("7.1", StringComparison.Ordinal)).IsCommentary);
        Assert.Equal("Drafting Note", Assert.Single(clauses, c => c.Text.StartsWith("Drafting Note", StringComparison.Ordinal)).Commentary);
        Assert.True(Assert.Single(clauses, c => c.Text.StartsWith("[Note to draft", StringComparison.Ordinal)).IsCommentary);
        Assert.Equal("Commentary", Assert.Single(clauses, c => c.Text.StartsWith("Some templates", StringComparison.Ordinal)).Commentary);
        Assert.False(Assert.Single(clauses, c => c.Text.StartsWith("7.2", StringComparison.Ordinal)).IsCommentary);
        Assert.True(Assert.Single(clauses, c => c.Text.StartsWith("[1]", StringComparison.Ordinal)).IsCommentary);
    }

    [Theory]
    [InlineData("第8条の秘密保持義務は、契約終了後も存続する点に注意する。")]
    [InlineData("4. X社の意向は次のとおりである。")]
    public void Segment_ProseThatMentionsAnArticle_DoesNotEndTheCommentary(string line)
    {
        var clauses = Segment($"第1条（目的）\n本契約は共同研究の条件を定める。\n＜解説＞\n{line}\n\nこの段落も解説の続きである。\n第2条（定義）\n本研究とは別紙の研究をいう。");

        Assert.True(Assert.Single(clauses, c => c.Text.StartsWith("この段落も", StringComparison.Ordinal)).IsCommentary);
        Assert.False(Assert.Single(clauses, c => c.Text.StartsWith("本研究とは", StringComparison.Ordinal)).IsCommentary);
    }

    [Theory]
    [InlineData("注文書の様式は別紙のとおりとする。")]
    [InlineData("Notes issued under this Agreement shall bear interest at 5% per annum.")]
    [InlineData("ポイントの付与は甲の定める規程による。")]
    public void Segment_ContractTextThatStartsLikeAMarker_IsNotCommentary(string line)
    {
        var clauses = Segment($"第1条（条件）\n{line}");

        Assert.False(Assert.Single(clauses).IsCommentary);
    }
}
