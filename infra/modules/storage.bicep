// The one storage account Intake uses: uploads, reports, the queue Event Grid feeds, the two tables,
// the Functions host's own containers and the deployment package. No account key is usable
// (allowSharedKeyAccess: false), so every caller authenticates with Microsoft Entra ID.

@description('Name of the storage account (3-24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region for the storage account.')
param location string

@description('Tags applied to the account.')
param tags object = {}

@description('Storage redundancy. Standard_LRS is the cheapest; choose Standard_ZRS or Standard_GRS for resilience.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param skuName string = 'Standard_LRS'

@description('Blob container users upload documents to; Event Grid watches it.')
param intakeContainerName string

@description('Blob container the pipeline writes JSON and HTML reports to.')
param reportsContainerName string

@description('Blob container of the restricted-party lists (CSV) the pipeline screens parties against.')
param screeningListsContainerName string

@description('Blob container Event Grid writes undeliverable events to.')
param deadLetterContainerName string

@description('Blob container the Flex Consumption deployment (or the Elastic Premium run-from-package zip) lives in.')
param deploymentContainerName string

@description('Queue Event Grid delivers BlobCreated events to.')
param eventsQueueName string

@description('Poison queue the Functions host moves messages to after the last failed attempt.')
param poisonQueueName string

@description('Table names to create (one row per document, one row per finding).')
param tableNames array

@description('Containers the Functions host keeps its locks (azure-webjobs-hosts) and keys (azure-webjobs-secrets) in. Created here so the app identity can be scoped to them instead of to the whole account.')
param hostContainerNames array

@description('Days deleted blobs and containers stay recoverable (soft delete).')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int = 7

var appContainerNames = [
  intakeContainerName
  reportsContainerName
  screeningListsContainerName
  deadLetterContainerName
  deploymentContainerName
]

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    // No key, no SAS: only Entra ID tokens are accepted.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    // No anonymous reads of any container.
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowCrossTenantReplication: false
    isLocalUserEnabled: false
    isSftpEnabled: false
    isHnsEnabled: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      // Public endpoint with Entra ID only. Put the account behind private endpoints if your
      // organisation requires it; Event Grid delivery then needs the trusted-services bypass below.
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = [
  for containerName in concat(appContainerNames, hostContainerNames): {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource eventsQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-06-01' = {
  parent: queueService
  name: eventsQueueName
}

// Created up front: the host only sends to it, so the app needs no right to create queues.
resource poisonQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-06-01' = {
  parent: queueService
  name: poisonQueueName
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

@description('Storage account name.')
output name string = account.name

@description('Storage account resource id.')
output id string = account.id

@description('Blob service endpoint, e.g. https://<account>.blob.core.windows.net/.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Queue service endpoint.')
output queueEndpoint string = account.properties.primaryEndpoints.queue

@description('Table service endpoint.')
output tableEndpoint string = account.properties.primaryEndpoints.table

@description('Resource id of the events queue.')
output eventsQueueId string = eventsQueue.id

@description('Resource id of the poison queue.')
output poisonQueueId string = poisonQueue.id
