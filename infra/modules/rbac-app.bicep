// Everything the function app's identity may do, and nothing more. Each assignment is scoped to
// the one container, queue or table it is for, so the app can read uploads but not change them,
// write reports but not touch the dead-letter container, and so on.
//
// Why these roles (Microsoft's identity-based connection guidance, narrowed to scopes):
// - Functions host storage (AzureWebJobsStorage): the docs list Storage Blob Data Owner on the
//   account. Owner only adds POSIX-ACL rights (unused without hierarchical namespace), and the host
//   only uses two containers for locks and keys, which storage.bicep creates; so Storage Blob Data
//   Contributor on those two containers is enough.
// - Deployment container: Flex Consumption writes the uploaded package there and reads it at start
//   using this identity; Elastic Premium runs from a zip in it. Contributor on that container only.
// - Queue trigger: Storage Queue Data Reader (queue properties, used for scaling) plus Storage Queue
//   Data Message Processor (receive, update visibility, delete) on intake-events. When a message
//   fails its last attempt the host sends it to the poison queue: Message Sender on that queue only
//   (the queue already exists, so no right to create queues is needed).
// - Pipeline: read the intake container, write the reports container, read/write the two tables,
//   read the screening-lists container (restricted-party CSVs).
// - Telemetry: Monitoring Metrics Publisher on the Application Insights component (local auth off).

@description('Name of the storage account (created by storage.bicep).')
param storageAccountName string

@description('Principal (object) id of the function app identity.')
param principalId string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Container users upload to (read only for the app).')
param intakeContainerName string

@description('Container reports are written to.')
param reportsContainerName string

@description('Container of the screening lists (read only for the app).')
param screeningListsContainerName string

@description('Deployment package container.')
param deploymentContainerName string

@description('Functions host containers (locks and keys).')
param hostContainerNames array

@description('Queue the trigger reads.')
param eventsQueueName string

@description('Poison queue the host moves failed messages to.')
param poisonQueueName string

@description('Tables the pipeline reads and writes.')
param tableNames array

// Built-in role definition ids (the same in every tenant).
var roles = {
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataReader: '19e7f393-937e-4f77-808e-94535e297925'
  storageQueueDataMessageProcessor: '8a0f0c08-91a1-4084-bc3d-661d67233fed'
  storageQueueDataMessageSender: 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' existing = {
  parent: account
  name: 'default'
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-06-01' existing = {
  parent: account
  name: 'default'
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' existing = {
  parent: account
  name: 'default'
}

resource intakeContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' existing = {
  parent: blobService
  name: intakeContainerName
}

resource reportsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' existing = {
  parent: blobService
  name: reportsContainerName
}

resource screeningListsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' existing = {
  parent: blobService
  name: screeningListsContainerName
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' existing = {
  parent: blobService
  name: deploymentContainerName
}

resource hostContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' existing = [
  for containerName in hostContainerNames: {
    parent: blobService
    name: containerName
  }
]

resource eventsQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-06-01' existing = {
  parent: queueService
  name: eventsQueueName
}

resource poisonQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-06-01' existing = {
  parent: queueService
  name: poisonQueueName
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' existing = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

// Storage Blob Data Reader on the intake container: fetch uploaded documents and their properties.
resource intakeReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(intakeContainer.id, principalId, roles.storageBlobDataReader)
  scope: intakeContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataReader)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Blob Data Contributor on the reports container: write the JSON and HTML reports.
resource reportsContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(reportsContainer.id, principalId, roles.storageBlobDataContributor)
  scope: reportsContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Blob Data Contributor on the deployment container: Flex Consumption package storage.
resource deploymentContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(deploymentContainer.id, principalId, roles.storageBlobDataContributor)
  scope: deploymentContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Blob Data Contributor on azure-webjobs-hosts and azure-webjobs-secrets: host locks and keys.
resource hostContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (containerName, i) in hostContainerNames: {
    name: guid(hostContainers[i].id, principalId, roles.storageBlobDataContributor)
    scope: hostContainers[i]
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
      principalId: principalId
      principalType: 'ServicePrincipal'
    }
  }
]

// Storage Queue Data Reader on intake-events: queue properties for the trigger and scaling.
resource eventsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(eventsQueue.id, principalId, roles.storageQueueDataReader)
  scope: eventsQueue
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataReader)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Queue Data Message Processor on intake-events: receive and delete event messages.
resource eventsProcessor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(eventsQueue.id, principalId, roles.storageQueueDataMessageProcessor)
  scope: eventsQueue
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataMessageProcessor)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Queue Data Message Sender on intake-events-poison: the host parks failed messages there.
resource poisonSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(poisonQueue.id, principalId, roles.storageQueueDataMessageSender)
  scope: poisonQueue
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataMessageSender)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Table Data Contributor on the documents and findings tables: one row per document and per finding.
resource tableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (tableName, i) in tableNames: {
    name: guid(tables[i].id, principalId, roles.storageTableDataContributor)
    scope: tables[i]
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
      principalId: principalId
      principalType: 'ServicePrincipal'
    }
  }
]

// Monitoring Metrics Publisher on Application Insights: send telemetry with an Entra ID token.
resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, principalId, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Blob Data Reader on the screening-lists container: list and read the restricted-party CSVs.
resource screeningListsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(screeningListsContainer.id, principalId, roles.storageBlobDataReader)
  scope: screeningListsContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataReader)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
