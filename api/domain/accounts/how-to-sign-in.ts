/** How a representative signs in, as the sign-in use case checks it; said the same way wherever it is told. */
export const HOW_TO_SIGN_IN =
  'Вход — по ИНН организации и паролю; если у организации несколько представителей, укажите также свой e-mail.';
