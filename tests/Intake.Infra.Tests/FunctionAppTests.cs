using System.Text.Json.Nodes;
using Intake.Infra.Tests.Arm;
using Intake.Infra.Tests.Bicep;

namespace Intake.Infra.Tests;

/// <summary>The function app: both hosting plans, HTTPS and TLS settings, and identity-only connections.</summary>
public class FunctionAppTests
{
    public static TheoryData<string> Plans() => new("FlexConsumption", "ElasticPremium");

    private const string IdentityResourceId = "deployments/identity).outputs.id.value";

    private static ExpandedDeployment Deploy(string plan) => MainTemplate.Deploy(("hostingPlan", plan));

    private static JsonObject Settings(ExpandedDeployment deployment) =>
        deployment.OfType("Microsoft.Web/sites/config").Single(c => c.Name.EndsWith("/appsettings", StringComparison.Ordinal)).Properties;

    [Fact]
    public void FlexConsumption_IsTheDefaultPlan()
    {
        var plan = MainTemplate.Deploy().Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", DeployedResource.Navigate(plan.Definition, "sku.name")?.GetValue<string>());
        Assert.Equal("FlexConsumption", DeployedResource.Navigate(plan.Definition, "sku.tier")?.GetValue<string>());
        Assert.Equal(true, plan.Property("reserved")?.GetValue<bool>());
    }

    [Fact]
    public void FlexConsumption_DeclaresTheDotnetIsolatedRuntimeOnDotnet10_AndIdentityBasedDeploymentStorage()
    {
        var deployment = MainTemplate.Deploy();
        var site = deployment.Single("Microsoft.Web/sites");

        Assert.Equal("dotnet-isolated", site.PropertyString("functionAppConfig.runtime.name"));
        Assert.Equal("10.0", site.PropertyString("functionAppConfig.runtime.version"));
        Assert.Null(site.Property("siteConfig.linuxFxVersion"));
        Assert.Equal("blobContainer", site.PropertyString("functionAppConfig.deployment.storage.type"));
        Assert.EndsWith("app-package", site.PropertyString("functionAppConfig.deployment.storage.value"), StringComparison.Ordinal);
        Assert.Equal("UserAssignedIdentity", site.PropertyString("functionAppConfig.deployment.storage.authentication.type"));
        Assert.Contains(IdentityResourceId, ArmValues.AsString(site.Property("functionAppConfig.deployment.storage.authentication.userAssignedIdentityResourceId")), StringComparison.Ordinal);
    }

    [Fact]
    public void FlexConsumption_LeavesOutSettingsTheFlexPlanRejects()
    {
        var settings = Settings(MainTemplate.Deploy());

        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings.Select(s => s.Key));
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", settings.Select(s => s.Key));
        Assert.DoesNotContain("WEBSITE_RUN_FROM_PACKAGE", settings.Select(s => s.Key));
    }

    [Fact]
    public void ElasticPremium_UsesEP1_WithTheDotnetIsolatedWorkerOnDotnet10()
    {
        var deployment = Deploy("ElasticPremium");
        var plan = deployment.Single("Microsoft.Web/serverfarms");
        var site = deployment.Single("Microsoft.Web/sites");
        var settings = Settings(deployment);

        Assert.Equal("EP1", DeployedResource.Navigate(plan.Definition, "sku.name")?.GetValue<string>());
        Assert.Equal("ElasticPremium", DeployedResource.Navigate(plan.Definition, "sku.tier")?.GetValue<string>());
        Assert.Null(site.Property("functionAppConfig"));
        Assert.Equal("dotnet-isolated", settings["FUNCTIONS_WORKER_RUNTIME"]?.GetValue<string>());
        Assert.Equal("DOTNET-ISOLATED|10.0", site.PropertyString("siteConfig.linuxFxVersion"));
        Assert.Equal("~4", settings["FUNCTIONS_EXTENSION_VERSION"]?.GetValue<string>());
    }

    [Fact]
    public void ElasticPremium_RunsFromThePackageWithTheIdentity_NotFromAnAzureFilesShare()
    {
        var deployment = Deploy("ElasticPremium");
        var settings = Settings(deployment);

        Assert.EndsWith("app-package/intake-functions.zip", ArmValues.AsString(settings["WEBSITE_RUN_FROM_PACKAGE"]), StringComparison.Ordinal);
        Assert.Contains(IdentityResourceId, ArmValues.AsString(settings["WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID"]), StringComparison.Ordinal);
        Assert.DoesNotContain("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", settings.Select(s => s.Key));
        Assert.DoesNotContain("WEBSITE_CONTENTSHARE", settings.Select(s => s.Key));
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Site_IsHttpsOnly_WithFtpsDisabled_AndTls12(string plan)
    {
        var site = Deploy(plan).Single("Microsoft.Web/sites");

        Assert.Equal(true, site.Property("httpsOnly")?.GetValue<bool>());
        Assert.Equal("Disabled", site.PropertyString("siteConfig.ftpsState"));
        Assert.Equal("1.2", site.PropertyString("siteConfig.minTlsVersion"));
        Assert.Equal("1.2", site.PropertyString("siteConfig.scmMinTlsVersion"));
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Site_BasicAuthPublishing_IsDisabledForFtpAndScm(string plan)
    {
        var policies = Deploy(plan).OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(["ftp", "scm"], policies.Select(p => p.Name.Split('/')[^1]).Order(StringComparer.Ordinal));
        Assert.All(policies, p => Assert.Equal(false, p.Property("allow")?.GetValue<bool>()));
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Site_RunsAsTheUserAssignedIdentityOnly(string plan)
    {
        var site = Deploy(plan).Single("Microsoft.Web/sites");

        Assert.Equal("UserAssigned", DeployedResource.Navigate(site.Definition, "identity.type")?.GetValue<string>());
        var assigned = Assert.Single((JsonObject)DeployedResource.Navigate(site.Definition, "identity.userAssignedIdentities")!);
        Assert.Contains(IdentityResourceId, assigned.Key, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void HostStorage_IsIdentityBased(string plan)
    {
        var settings = Settings(Deploy(plan));

        Assert.DoesNotContain("AzureWebJobsStorage", settings.Select(s => s.Key));
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]?.GetValue<string>());
        Assert.Contains("outputs.clientId", ArmValues.AsString(settings["AzureWebJobsStorage__clientId"]), StringComparison.Ordinal);
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.Contains($"primaryEndpoints.{service}", ArmValues.AsString(settings[$"AzureWebJobsStorage__{service}ServiceUri"]), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void IntakeStorageConnection_IsIdentityBased(string plan)
    {
        var settings = Settings(Deploy(plan));

        Assert.Equal("managedidentity", settings["IntakeStorage__credential"]?.GetValue<string>());
        Assert.Contains("outputs.clientId", ArmValues.AsString(settings["IntakeStorage__clientId"]), StringComparison.Ordinal);
        Assert.Contains("outputs.blobEndpoint", ArmValues.AsString(settings["IntakeStorage__blobServiceUri"]), StringComparison.Ordinal);
        Assert.Contains("outputs.queueEndpoint", ArmValues.AsString(settings["IntakeStorage__queueServiceUri"]), StringComparison.Ordinal);
        Assert.Contains("outputs.tableEndpoint", ArmValues.AsString(settings["IntakeStorage__tableServiceUri"]), StringComparison.Ordinal);
        Assert.Contains("outputs.clientId", ArmValues.AsString(settings["AZURE_CLIENT_ID"]), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void AppSettings_HoldNoKeyOrConnectionString(string plan)
    {
        var settings = Settings(Deploy(plan, everything: true));

        foreach (var (name, value) in settings)
        {
            var text = ArmValues.AsString(value);
            Assert.DoesNotContain("AccountKey", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessSignature", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessKey", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("sig=", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("DefaultEndpointsProtocol", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"(?i)\blist[a-z]*\(", text);
            Assert.DoesNotMatch("(?i)(password|secret|apikey|api_key|_KEY$|__key$)", name);
        }
    }

    [Fact]
    public void Telemetry_IsSentWithTheAppIdentity()
    {
        var settings = Settings(MainTemplate.Deploy());

        var authentication = ArmValues.AsString(settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.StartsWith("<runtime>ClientId=", authentication, StringComparison.Ordinal);
        Assert.EndsWith(";Authorization=AAD", authentication, StringComparison.Ordinal);
        // The connection string is read from the component (endpoint + instrumentation key, which
        // is an identifier, not a credential: the component rejects unauthenticated telemetry).
        Assert.Contains("Microsoft.Insights/components", ArmValues.AsString(settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Site_CarriesTheAzdServiceTag()
    {
        var site = MainTemplate.Deploy().Single("Microsoft.Web/sites");

        Assert.Equal("functions", site.Definition["tags"]?["azd-service-name"]?.GetValue<string>());
    }

    private static ExpandedDeployment Deploy(string plan, bool everything) => everything
        ? MainTemplate.Deploy(("hostingPlan", plan), ("enableDocumentIntelligence", true), ("userPrincipalId", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"))
        : Deploy(plan);
}
