using Intake.Pipeline.Signals;
using Intake.Pipeline.Signals.Technologies;

namespace Intake.Pipeline.Tests.Signals;

public sealed class TechnologyMatcherTests
{
    private static readonly TechnologyMatcher Matcher = new(TechnologyLexicon.Embedded);

    private static IReadOnlyList<string> Ids(string text) => [.. Matcher.Match(text).Select(h => h.Entry.Id)];

    [Theory]
    [InlineData("Licensor shall teach the manufacture of multilayer ceramic capacitors.", "mlcc")]
    [InlineData("MLCC production line know-how", "mlcc")]
    [InlineData("ＭＬＣＣの製造技術", "mlcc")]
    [InlineData("積層セラミックコンデンサーの設計", "mlcc")]
    [InlineData("積層セラミック\nコンデンサの製造", "mlcc")]
    [InlineData("ｾﾊﾟﾚｰﾀ製造装置の設計図", "separator-manufacturing-equipment")]
    [InlineData("磁気センサーの製造方法", "magnetic-sensor")]
    [InlineData("磁気センサの製造方法", "magnetic-sensor")]
    [InlineData("正極ヴァインダーの配合", "electrode-binder")]
    [InlineData("スポンジ・チタンの製錬", "titanium-sponge")]
    [InlineData("PAN-based carbon fibers and their precursors", "carbon-fibre")]
    [InlineData("the photo-resist formulation", "photoresist")]
    [InlineData("SEM/TEM column design for electron microscopes", "sem-tem")]
    [InlineData("走査型電子顕微鏡（SEM）の電子光学系", "sem-tem")]
    [InlineData("design of cryo-CMOS control chips", "cryogenic-cmos")]
    [InlineData("GAAFET transistor process flow", "gaafet")]
    [InlineData("量子コンピュータの制御技術", "quantum-computer")]
    [InlineData("ball bearings for spindles", "ball-bearing")]
    public void Match_SpellingVariants_FindTheEntry(string text, string id)
    {
        Assert.Contains(id, Ids(text));
    }

    [Theory]
    [InlineData("チタン酸リチウムの製造技術を開示する。", "barium-titanate")]
    [InlineData("lithium titanate anode know-how", "barium-titanate")]
    [InlineData("チタン酸バリウムストロンチウム薄膜の製造技術", "barium-titanate")]
    [InlineData("solid electrolytic capacitors for automotive use", "solid-electrolyte")]
    [InlineData("SEM campaigns (search engine marketing) and the know-how to run them", "sem-tem")]
    [InlineData("the SEMESTER and TEMPLATE files", "sem-tem")]
    [InlineData("carbon fibreglass? no: a carbonated fiber drink", "carbon-fibre")]
    [InlineData("magnetic sensoring", "magnetic-sensor")]
    public void Match_SimilarWordsAndExclusions_DoNotFindTheEntry(string text, string id)
    {
        Assert.DoesNotContain(id, Ids(text));
    }

    [Fact]
    public void Match_BariumTitanatePowder_IsFoundBesideAnExcludedCompound()
    {
        Assert.Contains("barium-titanate", Ids("チタン酸バリウム粉体の製造技術（チタン酸リチウムを除く）"));
    }

    [Fact]
    public void Match_TheIcImagingSem_NeedsASemiconductorContext()
    {
        Assert.DoesNotContain("sem-ic-imaging", Ids("a scanning electron microscope for biological samples"));
        Assert.Contains("sem-ic-imaging", Ids("a scanning electron microscope for imaging integrated circuits"));
    }

    [Theory]
    [InlineData("センサー", "センサ")]
    [InlineData("コンピューター", "コンピュータ")]
    [InlineData("ヴィ", "ビ")]
    [InlineData("ＡＢＣ　Ｃｏ．", "abc co.")]
    [InlineData("multi-layer", "multi layer")]
    [InlineData("積層 セラミック", "積層セラミック")]
    public void Fold_JoinsTheSpellingsAContractUses(string text, string folded)
    {
        Assert.Equal(folded, SignalText.Fold(text));
    }
}
