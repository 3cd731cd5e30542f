/**
 * How login codes reach a phone. A deployment plugs in its SMS gateway by implementing
 * CodeSender (see docs/ACCOUNTS.md); development writes codes to the server log, and tests
 * read them from memory.
 */
export interface CodeSender {
  send(phone: string, code: string): Promise<void>;
}

export class LogCodeSender implements CodeSender {
  async send(phone: string, code: string): Promise<void> {
    console.log(`[login code] ${phone}: ${code}`);
  }
}

export class MemoryCodeSender implements CodeSender {
  private readonly codes = new Map<string, string>();

  async send(phone: string, code: string): Promise<void> {
    this.codes.set(phone, code);
  }

  lastCode(phone: string): string | undefined {
    return this.codes.get(phone);
  }
}
