// The PostgreSQL driver and the Redis client bring their services, healthy before the app starts.
def compose = new File(basedir, 'compose.yaml').getText('UTF-8')
assert compose.contains('  db:\n    image: postgres:15\n')
assert compose.contains('  redis:\n    image: "redis:7.0"\n') || compose.contains('  redis:\n    image: redis:7.0\n')
assert compose.contains('      db:\n        condition: service_healthy')
assert compose.contains('      redis:\n        condition: service_healthy')
assert compose.contains('DATABASE_URL: ')
assert compose.contains('secrets:\n  db_password:\n    file: ./secrets/db_password.txt')
assert !compose.contains('POSTGRES_PASSWORD:')
true
