// Intake in one resource group: storage (uploads, reports, queue, tables), Event Grid from the
// intake container to the queue, the function app on the .NET isolated worker, its user-assigned
// identity with least-privilege roles, Application Insights on Log Analytics, and optionally
// Azure AI Document Intelligence. No secret is created, passed or output.
//
//   azd up                                  (reads main.parameters.json)
//   az deployment group create -g <rg> -f infra/main.bicep -p environmentName=<name>

targetScope = 'resourceGroup'

@description('Short name for this deployment (azd environment name); it seeds the unique resource names.')
@minLength(1)
@maxLength(32)
param environmentName string

@description('Azure region for every resource. Pick one where Flex Consumption (and Document Intelligence, if enabled) is offered.')
param location string = resourceGroup().location

@description('FlexConsumption (default: serverless, scales to zero, pay per use) or ElasticPremium (always-warm EP instances, monthly base cost).')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
])
param hostingPlan string = 'FlexConsumption'

@description('Elastic Premium size when hostingPlan is ElasticPremium.')
@allowed([
  'EP1'
  'EP2'
  'EP3'
])
param elasticPremiumSku string = 'EP1'

@description('Memory per Flex Consumption instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound on Flex Consumption instances; caps spend under a burst of uploads.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('.NET version of the isolated worker (functions/Intake.Functions targets net10.0).')
param dotnetVersion string = '10.0'

@description('Create an Azure AI Document Intelligence account for scanned PDFs (otherwise they are reported as NeedsOcr).')
param enableDocumentIntelligence bool = false

@description('Document Intelligence pricing tier: F0 (free, 500 pages a month, one per subscription) or S0 (pay per page).')
@allowed([
  'F0'
  'S0'
])
param documentIntelligenceSku string = 'S0'

@description('Document Intelligence model the pipeline uses for OCR.')
param documentIntelligenceModelId string = 'prebuilt-layout'

@description('Object id of a user or service principal to allow to upload documents and read results (azd fills in the signed-in user). Empty for none.')
param userPrincipalId string = ''

@description('Type of userPrincipalId.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param userPrincipalType string = 'User'

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Tags added to every resource.')
param tags object = {}

// Fixed names the pipeline, the CLI and the README rely on.
var intakeContainerName = 'intake'
var reportsContainerName = 'reports'
// Restricted-party lists (CSV) the pipeline screens parties against; users upload them, the app reads them.
var screeningListsContainerName = 'screening-lists'
var deadLetterContainerName = 'intake-deadletter'
var deploymentContainerName = 'app-package'
var eventsQueueName = 'intake-events'
var poisonQueueName = 'intake-events-poison'
var documentsTableName = 'documents'
var findingsTableName = 'findings'
var tableNames = [
  documentsTableName
  findingsTableName
]
// The Functions host's own containers (locks, keys); the host creates them if missing, we create
// them first so the app's blob role can be scoped to them.
var hostContainerNames = [
  'azure-webjobs-hosts'
  'azure-webjobs-secrets'
]

var azdServiceName = 'functions'
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName, location))
var allTags = union(tags, { 'azd-env-name': environmentName })

// Names are computed here, not read back from module outputs, so What-If can predict every
// resource id before anything is deployed.
var storageAccountName = 'st${resourceToken}'
var applicationInsightsName = 'appi-${resourceToken}'

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: allTags
    skuName: storageSkuName
    intakeContainerName: intakeContainerName
    reportsContainerName: reportsContainerName
    screeningListsContainerName: screeningListsContainerName
    deadLetterContainerName: deadLetterContainerName
    deploymentContainerName: deploymentContainerName
    eventsQueueName: eventsQueueName
    poisonQueueName: poisonQueueName
    tableNames: tableNames
    hostContainerNames: hostContainerNames
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: allTags
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-intake-${resourceToken}'
    location: location
    tags: allTags
  }
}

module appRoles 'modules/rbac-app.bicep' = {
  name: 'rbac-app'
  dependsOn: [
    storage
    monitoring
  ]
  params: {
    storageAccountName: storageAccountName
    #disable-next-line what-if-short-circuiting // An identity's principal id only exists once the identity is created; What-If shows these assignments as unknown.
    principalId: identity.outputs.principalId
    applicationInsightsName: applicationInsightsName
    intakeContainerName: intakeContainerName
    reportsContainerName: reportsContainerName
    screeningListsContainerName: screeningListsContainerName
    deploymentContainerName: deploymentContainerName
    hostContainerNames: hostContainerNames
    eventsQueueName: eventsQueueName
    poisonQueueName: poisonQueueName
    tableNames: tableNames
  }
}

module userRoles 'modules/rbac-user.bicep' = if (!empty(userPrincipalId)) {
  name: 'rbac-user'
  dependsOn: [
    storage
  ]
  params: {
    storageAccountName: storageAccountName
    principalId: userPrincipalId
    principalType: userPrincipalType
    intakeContainerName: intakeContainerName
    reportsContainerName: reportsContainerName
    screeningListsContainerName: screeningListsContainerName
    tableNames: tableNames
  }
}

module eventGrid 'modules/eventgrid.bicep' = {
  name: 'eventgrid'
  dependsOn: [
    storage
  ]
  params: {
    systemTopicName: 'evgt-${resourceToken}'
    location: location
    tags: allTags
    storageAccountName: storageAccountName
    intakeContainerName: intakeContainerName
    eventsQueueName: eventsQueueName
    deadLetterContainerName: deadLetterContainerName
  }
}

module documentIntelligence 'modules/document-intelligence.bicep' = if (enableDocumentIntelligence) {
  name: 'document-intelligence'
  params: {
    name: 'di-intake-${resourceToken}'
    location: location
    tags: allTags
    skuName: documentIntelligenceSku
    #disable-next-line what-if-short-circuiting // An identity's principal id only exists once the identity is created; What-If shows this assignment as unknown.
    principalId: identity.outputs.principalId
  }
}

// Settings the Intake handler reads (IntakeStorage is also the connection name the queue trigger
// uses). Only endpoints and ids: the identity supplies the credential.
var intakeSettings = union(
  {
    IntakeStorage__blobServiceUri: storage.outputs.blobEndpoint
    IntakeStorage__queueServiceUri: storage.outputs.queueEndpoint
    IntakeStorage__tableServiceUri: storage.outputs.tableEndpoint
    IntakeStorage__credential: 'managedidentity'
    IntakeStorage__clientId: identity.outputs.clientId
    Intake__IntakeContainer: intakeContainerName
    Intake__ReportsContainer: reportsContainerName
    Screening__Container: screeningListsContainerName
    Intake__EventsQueue: eventsQueueName
    Intake__DocumentsTable: documentsTableName
    Intake__FindingsTable: findingsTableName
  },
  enableDocumentIntelligence
    ? {
        DocumentIntelligence__Endpoint: documentIntelligence!.outputs.endpoint
        DocumentIntelligence__ModelId: documentIntelligenceModelId
        // Sign in as the app identity (Cognitive Services User); the account has keys disabled.
        DocumentIntelligence__ClientId: identity.outputs.clientId
      }
    : {}
)

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  // The app starts listening to the queue as soon as it exists; give it its roles first.
  dependsOn: [
    appRoles
    monitoring
  ]
  params: {
    name: 'func-intake-${resourceToken}'
    planName: 'plan-intake-${resourceToken}'
    location: location
    tags: allTags
    azdServiceName: azdServiceName
    hostingPlan: hostingPlan
    elasticPremiumSku: elasticPremiumSku
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    dotnetVersion: dotnetVersion
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storageAccountName
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: applicationInsightsName
    appSettings: intakeSettings
  }
}

@description('Region everything was deployed to.')
output AZURE_LOCATION string = location

@description('Storage account holding uploads, reports, the queue and the tables.')
output AZURE_STORAGE_ACCOUNT_NAME string = storageAccountName

@description('Blob endpoint (upload to the intake container, reports in the reports container).')
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint

@description('Queue endpoint (intake-events and intake-events-poison).')
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint

@description('Table endpoint (documents and findings tables).')
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint

@description('Container to upload documents to.')
output INTAKE_CONTAINER_NAME string = intakeContainerName

@description('Container the reports are written to.')
output REPORTS_CONTAINER_NAME string = reportsContainerName
output SCREENING_LISTS_CONTAINER_NAME string = screeningListsContainerName

@description('Name of the function app.')
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name

@description('Base URL of the function app (HTTP functions live under /api).')
output AZURE_FUNCTION_APP_URL string = 'https://${functionApp.outputs.defaultHostName}'

@description('Hosting plan in use.')
output AZURE_FUNCTION_HOSTING_PLAN string = hostingPlan

@description('Client id of the function app identity.')
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId

@description('Application Insights component name.')
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName

@description('Document Intelligence endpoint, empty when it is not enabled.')
output DOCUMENT_INTELLIGENCE_ENDPOINT string = enableDocumentIntelligence ? documentIntelligence!.outputs.endpoint : ''
