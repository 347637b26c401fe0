using Intake.Pipeline.Classification.Model;
using Intake.Pipeline.Segmentation;

namespace Intake.Pipeline.Tests.Classification;

/// <summary>
/// A clause scored once (<see cref="ClauseModel.Score"/>) explains every label exactly as featurising it
/// afresh for each label would: the straightforward way is written out here, from the public featuriser.
/// </summary>
public sealed class ScoredClauseTests
{
    // Written for this test: one and several sentences, headings, full-width forms, spaces around, both languages.
    public static TheoryData<string, string?> Clauses { get; } = new()
    {
        { "The Distributor shall not assign this Agreement without the prior written consent of the Company.", null },
        { "The Customer shall pay each invoice within forty-five days. Neither party may assign this Agreement to an affiliate without consent. All improvements made by the Licensee shall be disclosed to the Licensor.", null },
        { "  The Recipient shall keep the Confidential Information in confidence.  ", "Confidentiality" },
        { "Know-How means all technical information. The Licensor grants the Licensee a non-exclusive licence to use the Know-How.", "Article 3 — Licence" },
        { "乙は、甲の書面による事前の承諾なく、本契約上の地位を第三者に譲渡してはならない。", null },
        { "本契約の準拠法は日本法とする。本契約に関する一切の紛争は、東京地方裁判所を第一審の専属的合意管轄裁判所とする。乙は、改良技術を甲に開示する。", "第１２条（準拠法及び管轄）" },
        { "㈱ＡＢＣは、ﾗｲｾﾝｽ契約に基づき、ソースコードを乙に開示する。　甲の従業員は、乙のサーバにアクセスできる。", "ﾗｲｾﾝｽ" },
        { "第1条　乙は、本件技術を第三者に開示してはならない。2　甲は、乙の技術者に対し技術指導を行う。 The Parties agree.", "   " },
        { "The Licensee shall keep full records! Are the records open to audit? “Know-How” means the Licensor’s data — all of it. The Licensor may inspect them.\nThe Parties agree to this.", "Records" },
        { "甲は、技術資料を乙に開示する！乙は、これを第三者に開示できるか？　本条の義務は、本契約の終了後も５年間存続する。", null },
    };

    [Theory]
    [MemberData(nameof(Clauses))]
    public void Score_AnyClause_GivesTheProbabilitiesOfPredict(string text, string? heading)
    {
        var model = ShippedModel.Model;

        var scored = model.Score(text, heading);

        Assert.Equal(model.Predict(text, heading), scored.Probabilities);
    }

    [Theory]
    [MemberData(nameof(Clauses))]
    public void Contributions_EveryLabel_EqualTheClauseFeaturisedAfreshForThatLabel(string text, string? heading)
    {
        var model = ShippedModel.Model;
        var scored = model.Score(text, heading);

        for (var l = 0; l < model.Labels.Count; l++)
        {
            var expected = Straightforward(model, text, heading, l);
            var actual = scored.Contributions(l);

            Assert.Equal((expected.WindowStart, expected.WindowLength), (actual.WindowStart, actual.WindowLength));
            Assert.Equal(expected.Terms, actual.Terms);
        }
    }

    // What explaining a label computed before clauses were scored once: find the deciding window by scoring
    // the clause and each sentence, featurise the window, walk its n-grams, look each feature's value up.
    private static LabelContributions Straightforward(ClauseModel model, string text, string? heading, int label)
    {
        var probabilities = new float[model.Labels.Count];
        var window = (Start: 0, Length: text.Length);
        model.Predict(model.Featurizer.Featurize(text, heading), probabilities);
        var best = probabilities[label];
        foreach (var (start, length) in model.Manifest.SentencePooling ? SentenceSplitter.Split(text) : [])
        {
            model.Predict(model.Featurizer.Featurize(text.Substring(start, length), heading), probabilities);
            if (probabilities[label] > best)
            {
                best = probabilities[label];
                window = (start, length);
            }
        }

        var windowText = text.Substring(window.Start, window.Length);
        var features = model.Featurizer.Featurize(windowText, heading);
        var weights = model.Labels[label].Indices.Zip(model.Labels[label].Weights).ToDictionary(p => p.First, p => p.Second);
        var seen = new HashSet<int>();
        var pushes = new List<TermContribution>();
        foreach (var (index, start, length, inHeading) in model.Featurizer.TermSpans(windowText, heading))
        {
            if (!seen.Add(index))
            {
                continue;
            }

            var value = features.Values[Array.IndexOf(features.Indices, index)];
            var contribution = value * weights.GetValueOrDefault(index);
            if (contribution > 0)
            {
                pushes.Add(new TermContribution(start, length, inHeading, contribution));
            }
        }

        return new LabelContributions(window.Start, window.Length, pushes);
    }
}
