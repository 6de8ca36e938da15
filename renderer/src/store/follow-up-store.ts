import { create } from 'zustand';

/** Whether the follow-up's questions about the earlier focus are open. View state only. */
export const useFollowUpStore = create<{ asking: boolean }>()(() => ({ asking: false }));

export const askAboutEarlierFocus = () => useFollowUpStore.setState({ asking: true });
export const closeEarlierFocusQuestions = () => useFollowUpStore.setState({ asking: false });
