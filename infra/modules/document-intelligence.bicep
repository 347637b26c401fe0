// Optional Azure AI Document Intelligence account for scanned PDFs and images (prebuilt-layout).
// Keys are disabled: the function app calls it with its managed identity, which gets the
// Cognitive Services User role here.

@description('Name of the Document Intelligence account; also its custom subdomain.')
param name string

@description('Azure region (Document Intelligence is not offered in every region).')
param location string

@description('Tags applied to the account.')
param tags object = {}

@description('Pricing tier. F0 is free (500 pages a month, one per subscription); S0 is pay per page.')
@allowed([
  'F0'
  'S0'
])
param skuName string = 'S0'

@description('Principal (object) id of the function app identity.')
param principalId string

var roles = {
  cognitiveServicesUser: 'a97b65f3-24c7-4388-baec-2e87135dc908'
}

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'FormRecognizer'
  sku: {
    name: skuName
  }
  properties: {
    // Entra ID tokens need a custom subdomain endpoint.
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

// Cognitive Services User on the account: call the analyze endpoints with an Entra ID token.
resource analyzer 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, roles.cognitiveServicesUser)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.cognitiveServicesUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Endpoint, e.g. https://<name>.cognitiveservices.azure.com/.')
output endpoint string = account.properties.endpoint

@description('Name of the account.')
output name string = account.name
