import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailable, ErrorCode, QueryTimeout, TransactionTooLarge } from '../errors.ts';
import { mapDriverError } from './executor.ts';

const neo4jError = (code: string) => new Neo4jError('from the server', code, '', '');

describe('mapDriverError', () => {
  it('turns the transaction memory limit into TRANSACTION_TOO_LARGE, naming the settings to raise', () => {
    for (const code of ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.ClientError.General.TransactionOutOfMemoryError']) {
      const mapped = mapDriverError(neo4jError(code));
      expect(mapped).toBeInstanceOf(TransactionTooLarge);
      expect((mapped as TransactionTooLarge).extensions.code).toBe(ErrorCode.TransactionTooLarge);
      expect((mapped as Error).message).toMatch(/nothing was written.*LOCAL_NEO4J_HEAP=8g.*dbms\.memory\.transaction\.total\.max/s);
    }
  });

  it('maps unreachable servers, refused credentials and timeouts, and passes anything else through', () => {
    expect(mapDriverError(neo4jError('ServiceUnavailable'))).toBeInstanceOf(DatabaseUnavailable);
    expect((mapDriverError(neo4jError('Neo.ClientError.Security.Unauthorized')) as Error).message).toMatch(/NEO4J_PASSWORD/);
    expect(mapDriverError(neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'))).toBeInstanceOf(QueryTimeout);
    const other = neo4jError('Neo.ClientError.Statement.SyntaxError');
    expect(mapDriverError(other)).toBe(other);
  });
});
