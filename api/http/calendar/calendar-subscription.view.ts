/** The feed's address, and the same with webcal:// that calendar apps open as a subscription. */
export function calendarSubscriptionView(publicUrl: string, token: string) {
  const url = `${publicUrl}/calendar/${token}.ics`;
  return { url, webcalUrl: url.replace(/^https?:\/\//, 'webcal://') };
}
