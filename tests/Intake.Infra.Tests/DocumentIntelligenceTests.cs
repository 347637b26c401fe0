using Intake.Infra.Tests.Arm;
using Intake.Infra.Tests.Bicep;

namespace Intake.Infra.Tests;

/// <summary>The optional OCR account: off by default, keyless when on, and wired into the app settings.</summary>
public class DocumentIntelligenceTests
{
    [Fact]
    public void Default_CreatesNoAccountAndNoSettings()
    {
        var deployment = MainTemplate.Deploy();
        var settings = deployment.OfType("Microsoft.Web/sites/config").Single().Properties;

        Assert.Empty(deployment.OfType("Microsoft.CognitiveServices/accounts"));
        Assert.DoesNotContain(settings, s => s.Key.StartsWith("DocumentIntelligence__", StringComparison.Ordinal));
        Assert.Equal(string.Empty, ArmValues.AsString(deployment.Outputs["DOCUMENT_INTELLIGENCE_ENDPOINT"]));
    }

    [Fact]
    public void Enabled_CreatesAKeylessFormRecognizerWithACustomSubdomain()
    {
        var account = MainTemplate.Deploy(("enableDocumentIntelligence", true)).Single("Microsoft.CognitiveServices/accounts");

        Assert.Equal("FormRecognizer", account.Definition["kind"]?.GetValue<string>());
        Assert.Equal(true, account.Property("disableLocalAuth")?.GetValue<bool>());
        Assert.Equal(account.Name, account.PropertyString("customSubDomainName"));
    }

    [Fact]
    public void Enabled_GivesTheAppItsEndpointAndModel()
    {
        var deployment = MainTemplate.Deploy(("enableDocumentIntelligence", true), ("documentIntelligenceModelId", "prebuilt-read"));
        var settings = deployment.OfType("Microsoft.Web/sites/config").Single().Properties;

        Assert.Contains("deployments/document-intelligence).outputs.endpoint", ArmValues.AsString(settings["DocumentIntelligence__Endpoint"]), StringComparison.Ordinal);
        Assert.Equal("prebuilt-read", settings["DocumentIntelligence__ModelId"]?.GetValue<string>());
        Assert.Contains("deployments/identity).outputs.clientId", ArmValues.AsString(settings["DocumentIntelligence__ClientId"]), StringComparison.Ordinal);
        Assert.DoesNotContain("DocumentIntelligence__Key", settings.Select(s => s.Key));
    }

    [Fact]
    public void ModelId_DefaultsToPrebuiltLayout()
    {
        var settings = MainTemplate.Deploy(("enableDocumentIntelligence", true)).OfType("Microsoft.Web/sites/config").Single().Properties;

        Assert.Equal("prebuilt-layout", settings["DocumentIntelligence__ModelId"]?.GetValue<string>());
    }
}
