// The user-assigned identity the function app runs as. User-assigned (not system-assigned) so the
// role assignments can be made before the app exists and survive re-creating the app.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region for the identity.')
param location string

@description('Tags applied to the identity.')
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output id string = identity.id

@description('Name of the identity.')
output name string = identity.name

@description('Client (application) id, used in __clientId settings and AZURE_CLIENT_ID.')
output clientId string = identity.properties.clientId

@description('Object (principal) id, used in role assignments.')
output principalId string = identity.properties.principalId
