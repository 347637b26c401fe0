using Intake.Training.Data.Cuad;

namespace Intake.Training.Tests.Data;

public sealed class CuadTaxonomyAlignmentTests
{
    [Theory]
    [InlineData("License Grant", "Licensor grants Distributor a non-exclusive licence to use the Marks and the trade name on packaging in the Territory.", CuadTaxonomyAlignment.MarksOnly)]
    [InlineData("License Grant", "Franchisor grants Franchisee the right to operate one restaurant under the franchise system.", CuadTaxonomyAlignment.MarksOnly)]
    [InlineData("Affiliate License-Licensee", "Licensee's Affiliates shall be bound by the terms of this Agreement.", CuadTaxonomyAlignment.AffiliateBoilerplate)]
    [InlineData("IP Ownership Assignment", "Seller shall transfer to Buyer all regulatory approvals and marketing authorisations for the Product.", CuadTaxonomyAlignment.RegulatoryFiling)]
    public void Align_WiderThanTheTaxonomy_IsImportedAsUnmapped(string category, string excerpt, string reason)
    {
        var (label, dropped) = CuadTaxonomyAlignment.Align(category, category.StartsWith("IP", StringComparison.Ordinal) ? "ip-ownership" : "license-grant", excerpt);

        Assert.Null(label);
        Assert.Equal(reason, dropped);
    }

    [Theory]
    [InlineData("License Grant", "Licensor grants Licensee a licence under the Patents and the Marks to make and sell the Products.", "license-grant")]
    [InlineData("Affiliate License-Licensor", "Licensor hereby grants to Licensee and its Affiliates a licence to use the Software.", "license-grant")]
    [InlineData("IP Ownership Assignment", "Seller assigns to Buyer all intellectual property and regulatory filings relating to the Product.", "ip-ownership")]
    [InlineData("Anti-Assignment", "Neither party may assign this Agreement or use the other's name without consent.", "assignment-restriction")]
    public void Align_TechnologyOrOtherCategories_KeepTheirLabel(string category, string excerpt, string mapped)
    {
        var (label, dropped) = CuadTaxonomyAlignment.Align(category, mapped, excerpt);

        Assert.Equal(mapped, label);
        Assert.Null(dropped);
    }
}
