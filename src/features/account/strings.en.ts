import type { Words } from './strings';

export const en: Words = {
  'login.phoneInvalid': 'Not a valid phone number',
  'login.title': 'Log in',
  'login.why':
    'Finding work, stations and policies needs no login. Applying, filing a complaint, and station or employer work do.',
  'login.byCode': 'SMS code',
  'login.byPassword': 'Staff password',
  'login.phone': 'Mobile number',
  'login.password': 'Password',
  'login.code': 'Code',
  'login.sendCode': 'Send code',
  'login.resendIn': 'Resend in {s} s',
  'login.codeSent': 'Code sent; it is valid for 5 minutes.',
  'login.submit': 'Log in',
  'login.busy': 'Logging in…',
  'login.offline': 'No connection: logging in needs the network. Everything you entered is kept on this phone.',
  'login.error.INVALID': 'The number or code is not in the right format.',
  'login.error.PASSWORD_REQUIRED': 'Staff log in with their password.',
  'account.anonymous': 'Not logged in. You can still find work, stations and policies.',
  'account.who': 'Logged in: {name} {phone} ({role})',
  'account.expired':
    'Your login has expired; log in again. Unsent records are still on this phone and go out after you log in.',
  'account.logout': 'Log out',
  'account.othersPending':
    '{n} unsent records on this phone belong to another account or were made before logging in; they go out when their author logs in.',
  'account.needsRole': 'This needs a {roles} account.',
  'role.anonymous': 'not logged in',
  'role.worker': 'worker',
  'role.employer': 'employer',
  'role.station_staff': 'station staff',
  'role.field_staff': 'field staff',
  'role.admin': 'admin',
};
