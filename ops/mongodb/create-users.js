// Run by the mongo image on the first start of an empty data volume (docker-entrypoint-initdb.d), as the root user
// MONGO_INITDB_ROOT_USERNAME: one user per service, limited to reading and writing its own database. Passwords come
// from the container's environment (ops/make-secrets.sh writes them to .env).
const services = [
  { user: 'complaint-intake-service', db: 'intake', password: 'MONGO_INTAKE_PASSWORD' },
  { user: 'routing-service', db: 'routing', password: 'MONGO_ROUTING_PASSWORD' },
  { user: 'case-tracking-service', db: 'cases', password: 'MONGO_CASES_PASSWORD' },
  { user: 'statistics-service', db: 'statistics', password: 'MONGO_STATISTICS_PASSWORD' },
];
for (const service of services) {
  const password = process.env[service.password];
  if (!password) {
    throw new Error(`${service.password} is not set (run ops/make-secrets.sh)`);
  }
  const database = db.getSiblingDB(service.db);
  if (!database.getUser(service.user)) {
    database.createUser({ user: service.user, pwd: password, roles: [{ role: 'readWrite', db: service.db }] });
  }
}
