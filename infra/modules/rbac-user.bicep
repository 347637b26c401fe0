// Optional: lets one person (or a CI principal) use the deployed pipeline from outside Azure with
// their own Entra ID sign-in: upload documents, read reports and findings. Nothing else: no right
// to the queue, the host containers or the deployment package.

@description('Name of the storage account.')
param storageAccountName string

@description('Object id of the user, group or service principal.')
param principalId string

@description('Type of that principal.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param principalType string

@description('Container documents are uploaded to.')
param intakeContainerName string

@description('Container reports are written to.')
param reportsContainerName string

@description('Container of the screening lists the user maintains.')
param screeningListsContainerName string

@description('Tables holding documents and findings.')
param tableNames array

var roles = {
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageTableDataReader: '76199698-9eea-4c19-bc75-cec21354c6b6'
}

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' existing = {
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

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' existing = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

// Storage Blob Data Contributor on the intake container: upload documents (and replace them).
resource uploader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(intakeContainer.id, principalId, roles.storageBlobDataContributor)
  scope: intakeContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: principalId
    principalType: principalType
  }
}

// Storage Blob Data Reader on the reports container: download JSON and HTML reports.
resource reportReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(reportsContainer.id, principalId, roles.storageBlobDataReader)
  scope: reportsContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataReader)
    principalId: principalId
    principalType: principalType
  }
}

// Storage Table Data Reader on the documents and findings tables: `intake findings` and Storage Explorer.
resource tableReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (tableName, i) in tableNames: {
    name: guid(tables[i].id, principalId, roles.storageTableDataReader)
    scope: tables[i]
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataReader)
      principalId: principalId
      principalType: principalType
    }
  }
]

// Storage Blob Data Contributor on the screening-lists container: upload and replace the restricted-party lists.
resource screeningListsEditor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(screeningListsContainer.id, principalId, roles.storageBlobDataContributor)
  scope: screeningListsContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: principalId
    principalType: principalType
  }
}
