using Intake.Infra.Tests.Bicep;

namespace Intake.Infra.Tests;

/// <summary>Telemetry goes to a workspace-based Application Insights that accepts Entra ID tokens only.</summary>
public class MonitoringTests
{
    [Fact]
    public void ApplicationInsights_LocalAuth_IsDisabled()
    {
        var component = MainTemplate.Deploy().Single("Microsoft.Insights/components");

        Assert.Equal(true, component.Property("DisableLocalAuth")?.GetValue<bool>());
    }

    [Fact]
    public void ApplicationInsights_IsWorkspaceBased()
    {
        var deployment = MainTemplate.Deploy();
        var component = deployment.Single("Microsoft.Insights/components");
        var workspace = deployment.Single("Microsoft.OperationalInsights/workspaces");

        Assert.Equal(workspace.Id, component.PropertyString("WorkspaceResourceId"));
    }

    [Fact]
    public void LogAnalytics_LocalAuth_IsDisabled()
    {
        var workspace = MainTemplate.Deploy().Single("Microsoft.OperationalInsights/workspaces");

        Assert.Equal(true, workspace.Property("features.disableLocalAuth")?.GetValue<bool>());
    }
}
