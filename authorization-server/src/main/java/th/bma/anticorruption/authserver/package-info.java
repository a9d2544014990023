/** The platform's OAuth2 authorization server: clients, users, signing keys and the roles in access tokens. */
package th.bma.anticorruption.authserver;
