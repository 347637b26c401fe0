// The function app (.NET isolated worker, dotnet-isolated) on Flex Consumption (default) or Elastic
// Premium. Every connection is identity-based: the app runs as the user-assigned identity and no
// setting holds a key, a SAS or a storage connection string.

@description('Name of the function app (also its *.azurewebsites.net host name).')
param name string

@description('Name of the hosting plan.')
param planName string

@description('Azure region.')
param location string

@description('Tags applied to the plan and the app (the app also gets the azd-service-name tag).')
param tags object = {}

@description('azd service name from azure.yaml; azd finds the app to deploy to by this tag.')
param azdServiceName string

@description('FlexConsumption (serverless, scales to zero) or ElasticPremium (always-warm EP instances).')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
])
param hostingPlan string

@description('Elastic Premium size, used only when hostingPlan is ElasticPremium.')
@allowed([
  'EP1'
  'EP2'
  'EP3'
])
param elasticPremiumSku string = 'EP1'

@description('Upper bound on Elastic Premium instances (only for ElasticPremium).')
@minValue(1)
@maxValue(100)
param maximumElasticWorkerCount int = 5

@description('Memory per Flex Consumption instance in MB (only for FlexConsumption).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound on Flex Consumption instances (only for FlexConsumption).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('.NET version the isolated worker runs on (Flex functionAppConfig.runtime.version, Elastic Premium linuxFxVersion).')
param dotnetVersion string = '10.0'

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity (for __clientId settings and AZURE_CLIENT_ID).')
param identityClientId string

@description('Name of the storage account used by the host and the app.')
param storageAccountName string

@description('Container holding the deployment package.')
param deploymentContainerName string

@description('File name of the zip Elastic Premium runs from (inside the deployment container).')
param packageBlobName string = 'intake-functions.zip'

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Extra app settings for Intake itself (non-secret values only).')
param appSettings object = {}

var isFlex = hostingPlan == 'FlexConsumption'
// Functions/Queue/ScanUploadedDocument and the HTTP functions run in the .NET isolated worker.
var workerRuntime = 'dotnet-isolated'

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

// Host storage over Entra ID: the service URIs plus which identity to use. No AccountKey anywhere.
var hostStorageSettings = {
  AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
}

// Telemetry. The connection string carries the instrumentation key and ingestion endpoint; the key
// is an identifier, not a credential (Microsoft's guidance), and with DisableLocalAuth on the
// component it cannot send anything by itself. The authentication string makes the host sign
// telemetry with the app identity's Entra ID token (Monitoring Metrics Publisher role).
var telemetrySettings = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
}

// Azure.Identity's DefaultAzureCredential picks the user-assigned identity from AZURE_CLIENT_ID.
var identitySettings = {
  AZURE_CLIENT_ID: identityClientId
}

// Flex Consumption declares the runtime in functionAppConfig and rejects FUNCTIONS_WORKER_RUNTIME,
// FUNCTIONS_EXTENSION_VERSION and WEBSITE_RUN_FROM_PACKAGE as app settings. Elastic Premium needs
// them. On Linux Premium the app runs from a zip in the deployment container, read with the
// identity, so no Azure Files content share (which would need an account key) is used.
var elasticPremiumSettings = {
  FUNCTIONS_EXTENSION_VERSION: '~4'
  FUNCTIONS_WORKER_RUNTIME: workerRuntime
  WEBSITE_RUN_FROM_PACKAGE: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}/${packageBlobName}'
  WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID: identityId
}

var allSettings = union(
  appSettings,
  hostStorageSettings,
  telemetrySettings,
  identitySettings,
  isFlex ? {} : elasticPremiumSettings
)

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: isFlex ? 'functionapp' : 'elastic'
  sku: isFlex
    ? {
        name: 'FC1'
        tier: 'FlexConsumption'
      }
    : {
        name: elasticPremiumSku
        tier: 'ElasticPremium'
      }
  properties: {
    // Linux.
    reserved: true
    maximumElasticWorkerCount: isFlex ? null : maximumElasticWorkerCount
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': azdServiceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    publicNetworkAccess: 'Enabled'
    clientCertEnabled: false
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      alwaysOn: false
      // Flex Consumption takes the stack from functionAppConfig.runtime and must not set linuxFxVersion.
      linuxFxVersion: isFlex ? null : 'DOTNET-ISOLATED|${dotnetVersion}'
    }
    functionAppConfig: isFlex
      ? {
          deployment: {
            storage: {
              type: 'blobContainer'
              value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
              authentication: {
                type: 'UserAssignedIdentity'
                userAssignedIdentityResourceId: identityId
              }
            }
          }
          scaleAndConcurrency: {
            instanceMemoryMB: instanceMemoryMB
            maximumInstanceCount: maximumInstanceCount
          }
          runtime: {
            name: workerRuntime
            version: dotnetVersion
          }
        }
      : null
  }
}

// A config resource rather than siteConfig.appSettings: the values include endpoints only known
// once the storage account and Application Insights exist.
resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: allSettings
}

// No FTP or SCM basic-auth (user name and password) publishing; deployments use Entra ID.
resource ftpPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Name of the function app.')
output name string = site.name

@description('Default host name, e.g. <name>.azurewebsites.net.')
output defaultHostName string = site.properties.defaultHostName

@description('Name of the hosting plan.')
output planName string = plan.name
