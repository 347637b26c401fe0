// Log Analytics workspace plus a workspace-based Application Insights component. Local
// (instrumentation-key) authentication is off, so telemetry is only accepted with an Entra ID
// token: the function app's identity gets Monitoring Metrics Publisher in rbac-app.bicep.

@description('Name of the Log Analytics workspace.')
param logAnalyticsName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Azure region for both resources.')
param location string

@description('Tags applied to both resources.')
param tags object = {}

@description('Days Log Analytics keeps data. 30 is included in the per-GB price.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

@description('Daily ingestion cap in GB for the workspace; -1 means no cap. A cap bounds the bill, but telemetry past it is dropped for the day.')
param dailyQuotaGb int = -1

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    workspaceCapping: {
      dailyQuotaGb: dailyQuotaGb
    }
    features: {
      // Queries and ingestion only with Entra ID, like the rest of the deployment.
      disableLocalAuth: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Instrumentation keys alone can no longer send telemetry.
    DisableLocalAuth: true
    IngestionMode: 'LogAnalytics'
  }
}

@description('Application Insights component name.')
output applicationInsightsName string = appInsights.name

@description('Application Insights resource id.')
output applicationInsightsId string = appInsights.id

@description('Log Analytics workspace resource id.')
output logAnalyticsId string = workspace.id
